using System.Globalization;
using InfluenceSim.Engine.Analysis;
using Spectre.Console;

namespace InfluenceSim.Cli.Commands;

/// <summary>Prints <c>compare</c>'s result: for each later run (B) against the first (A), one table per point with a row per metric.</summary>
internal static class CompareTable
{
    public static void Print(IReadOnlyList<RunData> runs, IReadOnlyList<MetricComparison> comparisons)
    {
        var a = runs[0];
        foreach (var b in runs.Skip(1))
        {
            AnsiConsole.WriteLine($"B = {Describe(b)} against A = {Describe(a)}");
            if (a.Seed == b.Seed)
            {
                AnsiConsole.WriteLine("note: same master seed, so the runs may share their coins (common random numbers); both tests assume independent runs and are then conservative");
            }

            foreach (var point in comparisons.Where(c => c.RunB == b.Path).GroupBy(c => c.PointLabel))
            {
                var table = new Table().AddColumn(new TableColumn("metric").NoWrap()).AddColumns("mean A", "mean B", "B - A", "95% interval", "Welch p", "M-W p", "read p");
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
                        P(c.WelchP),
                        P(c.MannWhitneyP),
                        c.Preferred == PreferredTest.Welch ? "Welch" : "M-W");
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
