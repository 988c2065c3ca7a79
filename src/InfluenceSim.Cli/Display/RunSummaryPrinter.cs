using System.Globalization;
using InfluenceSim.Engine.Output;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Engine.Statistics;
using Spectre.Console;

namespace InfluenceSim.Cli.Display;

/// <summary>
/// Prints the end-of-run summary: final share, steps, the word-of-mouth and broadcast shares of the
/// adoptions (and rejecters when some node rejected) with their 95% intervals, timings and the run folder.
/// </summary>
internal static class RunSummaryPrinter
{
    public static void Print(Scenario scenario, ExecutionResult execution, string folder)
    {
        var result = execution.Headline;
        if (execution.Comparison is { } comparison)
        {
            PrintComparison(comparison);
        }

        var table = new Table().AddColumns("measure", "mean", "sd", "95% interval");
        AddRow(table, "adopted fraction", result.Replicates.Select(r => (double)r.Adopters / result.Nodes));
        AddRow(table, "steps", result.Replicates.Select(r => (double)r.Steps));
        AddRow(table, "word-of-mouth share", result.Replicates.Select(r => r.WordOfMouthShare));
        AddRow(table, "broadcast share", result.Replicates.Select(r => r.BroadcastShare));
        if (result.Replicates.Any(r => r.Rejected > 0))
        {
            AddRow(table, "rejecters", result.Replicates.Select(r => (double)r.Rejected));
        }

        AnsiConsole.Write(table);
        var t = execution.Combined.Timings;
        AnsiConsole.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{scenario.Name}: {result.Nodes:N0} nodes, {result.Ties:N0} directed ties, {result.Replicates.Count} replicate(s) per seeding or point; network {t.NetworkBuild:F2} s, activation {t.Activation:F2} s, propagation {t.Propagation:F2} s"));
        AnsiConsole.WriteLine($"run folder: {Path.GetFullPath(folder)}");
        AnsiConsole.WriteLine($"its report: {ToolCommand.Current} report {ToolCommand.Argument(folder)}");
    }

    private static void AddRow(Table table, string measure, IEnumerable<double> values)
    {
        var summary = SampleSummary.Of([.. values]);
        table.AddRow(measure, F(summary.Mean), F(summary.Sd), $"[{F(summary.Ci95Low)}, {F(summary.Ci95High)}]".EscapeMarkup());
    }

    private static void PrintComparison(IReadOnlyList<StrategyComparison> comparison)
    {
        var table = new Table().AddColumns("seeding", "adopted fraction", "95% interval", "difference to random", "95% interval", "influence multiplier");
        foreach (var c in comparison)
        {
            table.AddRow(
                c.Strategy,
                F(c.AdoptedFraction.Mean),
                $"[{F(c.AdoptedFraction.Ci95Low)}, {F(c.AdoptedFraction.Ci95High)}]".EscapeMarkup(),
                F(c.DifferenceToRandom.Mean),
                $"[{F(c.DifferenceToRandom.Ci95Low)}, {F(c.DifferenceToRandom.Ci95High)}]".EscapeMarkup(),
                c.InfluenceMultiplier is { } m ? F(m) : "n/a");
        }

        AnsiConsole.Write(table);
    }

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
