using System.Globalization;
using InfluenceSim.Reporting.Html;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;
using InfluenceSim.Scenarios;
using Spectre.Console;

namespace InfluenceSim.Cli.Display;

/// <summary>
/// Prints the end-of-run summary on standard output (docs/output.md "What the console shows"): one labelled table per
/// point of a sweep or per compared strategy (its keys, replicates, means with their 95% intervals), or the measures of a
/// single run; a warning when replicates were cut off at <c>max-steps</c>; sizes, replicates, timings and the run folder.
/// Numbers carry three significant digits (<see cref="NumberText"/>).
/// </summary>
internal static class RunSummaryPrinter
{
    public static void Print(Scenario scenario, ExecutionResult execution, string folder)
    {
        var console = Consoles.Results();
        var result = execution.Headline;
        foreach (string note in execution.Notes)
        {
            console.WriteLine(note);
        }

        if (execution.Comparison is { } comparison)
        {
            PrintComparison(console, comparison, execution.Points.Count);
            if (execution.Points.Count == 0)
            {
                console.WriteLine($"The baseline, random seeding, over {Replicates(result.Replicates.Count)} (mean, sample sd, t-based 95% interval of the mean):");
                PrintMeasures(console, result);
            }
        }
        else if (execution.Points.Count > 0)
        {
            PrintPoints(console, execution.Points);
        }
        else
        {
            console.WriteLine($"Outcome over {Replicates(result.Replicates.Count)} (mean, sample sd, t-based 95% interval of the mean):");
            PrintMeasures(console, result);
        }

        int censored = ReplicateEndings.Censored(execution.Combined.Replicates);
        if (censored > 0)
        {
            console.WriteLine(CensoringWarning(censored, execution.Combined.Replicates.Count, scenario.MaxSteps, execution.Points.Count > 0));
        }

        var t = execution.Combined.Timings;
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{scenario.Name}: {Size(execution)}{Count(execution)}; network {t.NetworkBuild:F2} s, activation {t.Activation:F2} s, propagation {t.Propagation:F2} s"));
        console.WriteLine($"run folder: {Path.GetFullPath(folder)}");
        console.WriteLine($"its report: {ToolCommand.Current} report {ToolCommand.Argument(folder)}");
    }

    /// <summary>The warning printed when <paramref name="censored"/> of <paramref name="replicates"/> replicates were still active at <c>max-steps</c>.</summary>
    public static string CensoringWarning(int censored, int replicates, int maxSteps, bool sweep) => string.Create(
        CultureInfo.InvariantCulture,
        $"warning: {censored} of {Replicates(replicates)} reached max-steps ({maxSteps}{(sweep ? " unless a point sets its own" : "")}) while still active (ended_by = max-steps in runs.csv; censored_replicates in summary.json): their adopters and steps are where they stood when cut off, so the means that include them understate the outcome; raise max-steps to let them finish");

    private static void PrintMeasures(IAnsiConsole console, RunResult result)
    {
        var table = new Table().AddColumns("measure", "mean", "sd", "95% interval");
        AddRow(table, "adopted fraction", result.Replicates.Select(r => (double)r.Adopters / result.Nodes));
        AddRow(table, "steps", result.Replicates.Select(r => (double)r.Steps));
        AddRow(table, "word-of-mouth share", result.Replicates.Select(r => r.WordOfMouthShare));
        AddRow(table, "broadcast share", result.Replicates.Select(r => r.BroadcastShare));
        if (result.Replicates.Any(r => r.Rejected > 0))
        {
            AddRow(table, "rejecters", result.Replicates.Select(r => (double)r.Rejected));
        }

        console.Write(table);
    }

    private static void AddRow(Table table, string measure, IEnumerable<double> values)
    {
        var summary = SampleSummary.Of([.. values]);
        table.AddRow(measure, NumberText.Format(summary.Mean), NumberText.Format(summary.Sd), $"[{NumberText.Format(summary.Ci95Low)}, {NumberText.Format(summary.Ci95High)}]".EscapeMarkup());
    }

    private static void PrintPoints(IAnsiConsole console, IReadOnlyList<SweepPointResult> points)
    {
        bool censored = points.Any(p => ReplicateEndings.Censored(p.Result.Replicates) > 0);
        bool ownNodes = points.Select(p => p.Result.Nodes).Distinct().Count() > 1;
        console.WriteLine($"Per point: {PerGroup(points.Select(p => p.Result.Replicates.Count), "point")}; mean [t-based 95% interval of the mean]:");
        var table = new Table().AddColumn("point");
        foreach (var key in points[0].Keys)
        {
            table.AddColumn(key.Key.EscapeMarkup());
        }

        table.AddColumns([.. Optional(ownNodes, "nodes"), "replicates", "adopted fraction", "steps", .. Optional(censored, "censored")]);
        foreach (var point in points)
        {
            var replicates = point.Result.Replicates;
            int nodes = point.Result.Nodes;
            table.AddRow(
            [
                point.Index.ToString(CultureInfo.InvariantCulture),
                .. point.Keys.Select(k => k.Value.EscapeMarkup()),
                .. Optional(ownNodes, nodes.ToString("N0", CultureInfo.InvariantCulture)),
                replicates.Count.ToString(CultureInfo.InvariantCulture),
                Interval(replicates.Select(r => RunsCsv.AdoptedFraction(r.Adopters, nodes))),
                Interval(replicates.Select(r => (double)r.Steps)),
                .. Optional(censored, ReplicateEndings.Censored(replicates).ToString(CultureInfo.InvariantCulture)),
            ]);
        }

        console.Write(table);
    }

    private static void PrintComparison(IAnsiConsole console, IReadOnlyList<StrategyComparison> comparison, int points)
    {
        bool censored = comparison.Any(c => c.CensoredReplicates > 0);
        console.WriteLine($"Per seeding strategy: {PerGroup(comparison.Select(c => c.AdoptedFraction.Count), "strategy", points)} on the same coins; mean [t-based 95% interval of the mean]:");
        var table = new Table().AddColumns(["seeding", "replicates", "adopted fraction", "difference to random", "influence multiplier", "spend", "cost-effectiveness", .. Optional(censored, "censored")]);
        foreach (var c in comparison)
        {
            table.AddRow(
            [
                KeyLabel.Of(c.Keys, c.Strategy).EscapeMarkup(),
                c.AdoptedFraction.Count.ToString(CultureInfo.InvariantCulture),
                NumberText.Format(c.AdoptedFraction.Mean, c.AdoptedFraction.Ci95Low, c.AdoptedFraction.Ci95High).EscapeMarkup(),
                NumberText.Format(c.DifferenceToRandom.Mean, c.DifferenceToRandom.Ci95Low, c.DifferenceToRandom.Ci95High).EscapeMarkup(),
                c.InfluenceMultiplier is { } m ? NumberText.Format(m) : "n/a",
                NumberText.Format(c.SpendMean),
                c.CostEffectiveness is { } e ? NumberText.Format(e) : "n/a",
                .. Optional(censored, c.CensoredReplicates.ToString(CultureInfo.InvariantCulture)),
            ]);
        }

        console.Write(table);
    }

    private static string Interval(IEnumerable<double> values)
    {
        var summary = SampleSummary.Of([.. values]);
        return NumberText.Format(summary.Mean, summary.Ci95Low, summary.Ci95High).EscapeMarkup();
    }

    private static string[] Optional(bool shown, string text) => shown ? [text] : [];

    /// <summary>The network's size, unless the points of a sweep have networks of their own sizes (then the table shows nodes that differ).</summary>
    private static string Size(ExecutionResult execution) =>
        execution.Points.Select(p => p.Result.Nodes).Distinct().Count() > 1 || execution.Points.Select(p => p.Result.Ties).Distinct().Count() > 1
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $"{execution.Headline.Nodes:N0} nodes, {execution.Headline.Ties:N0} directed ties, ");

    private static string Count(ExecutionResult execution) =>
        execution.Comparison is { } comparison ? PerGroup(comparison.Select(c => c.AdoptedFraction.Count), "strategy", execution.Points.Count)
        : execution.Points.Count > 0 ? PerGroup(execution.Points.Select(p => p.Result.Replicates.Count), "point")
        : Replicates(execution.Combined.Replicates.Count);

    /// <summary>
    /// <c>7 points x 20 replicates (140 in all)</c>, or <c>3 points, 45 replicates in all</c> when the groups' counts differ;
    /// with <paramref name="points"/> sweep points the groups are per point (<c>6 points x 3 strategies x 40 replicates (720 in all)</c>).
    /// </summary>
    private static string PerGroup(IEnumerable<int> counts, string group, int points = 0)
    {
        var list = counts.ToList();
        int perPoint = list.Count / Math.Max(1, points);
        string groups = string.Create(CultureInfo.InvariantCulture, $"{(points > 0 ? $"{points} {Plural("point", points)} x " : "")}{perPoint} {Plural(group, perPoint)}");
        int total = list.Sum();
        return list.Distinct().Count() == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{groups} x {Replicates(list[0])}{(list.Count > 1 ? $" ({total:N0} in all)" : "")}")
            : string.Create(CultureInfo.InvariantCulture, $"{groups}, {total:N0} replicates in all");
    }

    private static string Replicates(int count) => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? "replicate" : "replicates")}");

    private static string Plural(string noun, int count) => count == 1 ? noun : noun == "strategy" ? "strategies" : noun + "s";
}
