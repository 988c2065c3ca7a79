using System.Globalization;
using InfluenceSim.Analysis;
using InfluenceSim.Reporting.Html;
using Spectre.Console;

namespace InfluenceSim.Cli.Commands;

/// <summary>
/// Prints <c>compare</c>'s result: for each later run (B) against the first (A), whether they are paired and one labelled
/// table per point with a row per metric (the test read, its p-value and Holm's, to three significant digits); a
/// <c>censored</c> column and a warning when rows rest on replicates cut off at <c>max-steps</c>.
/// </summary>
internal static class CompareTable
{
    public static void Print(IAnsiConsole console, IReadOnlyList<RunData> runs, IReadOnlyList<MetricComparison> comparisons)
    {
        var a = runs[0];
        foreach (var b in runs.Skip(1))
        {
            console.WriteLine($"B = {Describe(b)} against A = {Describe(a)}");
            var pairing = RunComparison.PairingOf(a, b);
            console.WriteLine(pairing.Paired
                ? $"paired: {pairing.Reason}: paired t and Wilcoxon signed-rank tests of the differences B - A"
                : $"unpaired: {pairing.Reason}: Welch and Mann-Whitney tests");

            var rows = comparisons.Where(c => c.RunB == b.Path).ToList();
            bool censored = rows.Any(c => c.Censored > 0);
            foreach (var point in rows.GroupBy(c => c.PointLabel))
            {
                console.WriteLine($"{(a.KeyColumns.Count > 0 ? $"At {point.Key}" : "Whole run")}, B - A per metric:");
                var table = new Table().AddColumn(new TableColumn("metric").NoWrap()).AddColumns(["mean A", "mean B", "B - A", "95% interval", "test", "p", "Holm p", .. censored ? ["censored"] : Array.Empty<string>()]);
                foreach (var c in point)
                {
                    table.AddRow(
                    [
                        c.Metric,
                        NumberText.Format(c.MeanA),
                        NumberText.Format(c.MeanB),
                        NumberText.Format(c.Difference),
                        c.DifferenceCi95 is { } ci ? $"[{NumberText.Format(ci.Low)}, {NumberText.Format(ci.High)}]".EscapeMarkup() : "n/a",
                        TestChoice.Name(c.Preferred),
                        P(c.PreferredP),
                        P(c.HolmP),
                        .. censored ? [c.Censored.ToString(CultureInfo.InvariantCulture)] : Array.Empty<string>(),
                    ]);
                }

                console.Write(table);
            }

            if (censored)
            {
                var marked = rows.Where(c => c.Censored > 0).ToList();
                console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"warning: {marked.Count} of {rows.Count} rows rest on replicates cut off at max-steps while still active (the censored column counts them, A's and B's; ended_by = max-steps in runs.csv): their means and differences compare where the cascades stood when cut off, not where they would have ended"));
            }
        }
    }

    private static string Describe(RunData run) =>
        string.Create(CultureInfo.InvariantCulture, $"'{run.Path}' ({run.ScenarioName ?? "unnamed scenario"}, seed {run.Seed})");

    private static string P(double? p) => p switch
    {
        null => "n/a",
        < 0.0001 => "<0.0001",
        { } value => NumberText.Format(value),
    };
}
