using System.Globalization;
using InfluenceSim.Engine.Analysis;
using Spectre.Console;

namespace InfluenceSim.Cli.Commands;

/// <summary>Prints <c>compare</c>'s result: for each later run (B) against the first (A), whether they are paired and one table per point with a row per metric (the test read, its p-value and Holm's).</summary>
internal static class CompareTable
{
    public static void Print(IReadOnlyList<RunData> runs, IReadOnlyList<MetricComparison> comparisons)
    {
        var a = runs[0];
        foreach (var b in runs.Skip(1))
        {
            AnsiConsole.WriteLine($"B = {Describe(b)} against A = {Describe(a)}");
            var pairing = RunComparison.PairingOf(a, b);
            AnsiConsole.WriteLine(pairing.Paired
                ? $"paired: {pairing.Reason}: paired t and Wilcoxon signed-rank tests of the differences B - A"
                : $"unpaired: {pairing.Reason}: Welch and Mann-Whitney tests");

            foreach (var point in comparisons.Where(c => c.RunB == b.Path).GroupBy(c => c.PointLabel))
            {
                var table = new Table().AddColumn(new TableColumn("metric").NoWrap()).AddColumns("mean A", "mean B", "B - A", "95% interval", "test", "p", "Holm p");
                if (a.KeyColumns.Count > 0)
                {
                    table.Title(point.Key.EscapeMarkup());
                }

                foreach (var c in point)
                {
                    table.AddRow(
                        c.Metric,
                        Number(c.MeanA),
                        Number(c.MeanB),
                        Number(c.Difference),
                        c.DifferenceCi95 is { } ci ? $"[{Number(ci.Low)}, {Number(ci.High)}]".EscapeMarkup() : "n/a",
                        TestChoice.Name(c.Preferred),
                        P(c.PreferredP),
                        P(c.HolmP));
                }

                AnsiConsole.Write(table);
            }
        }
    }

    private static string Describe(RunData run) =>
        string.Create(CultureInfo.InvariantCulture, $"'{run.Path}' ({run.ScenarioName ?? "unnamed scenario"}, seed {run.Seed})");

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 10_000 ? "0" : "G4", CultureInfo.InvariantCulture);

    private static string P(double? p) => p switch
    {
        null => "n/a",
        < 0.0001 => "<0.0001",
        { } value => value.ToString("0.####", CultureInfo.InvariantCulture),
    };
}
