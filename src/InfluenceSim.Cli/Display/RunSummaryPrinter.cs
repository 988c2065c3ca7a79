using System.Globalization;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Statistics;
using Spectre.Console;

namespace InfluenceSim.Cli.Display;

/// <summary>Prints the end-of-run summary: final share and steps with their 95% intervals, timings and the run folder.</summary>
internal static class RunSummaryPrinter
{
    public static void Print(PreparedRun run, RunResult result, string folder)
    {
        var share = SampleSummary.Of([.. result.Replicates.Select(r => (double)r.Adopters / result.Nodes)]);
        var steps = SampleSummary.Of([.. result.Replicates.Select(r => (double)r.Steps)]);
        var table = new Table().AddColumns("measure", "mean", "sd", "95% interval");
        table.AddRow("adopted fraction", F(share.Mean), F(share.Sd), $"[{F(share.Ci95Low)}, {F(share.Ci95High)}]".EscapeMarkup());
        table.AddRow("steps", F(steps.Mean), F(steps.Sd), $"[{F(steps.Ci95Low)}, {F(steps.Ci95High)}]".EscapeMarkup());
        AnsiConsole.Write(table);
        var t = result.Timings;
        AnsiConsole.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{run.Scenario.Name}: {result.Nodes:N0} nodes, {result.Ties:N0} directed ties, {result.Replicates.Count} replicate(s); network {t.NetworkBuild:F2} s, activation {t.Activation:F2} s, propagation {t.Propagation:F2} s"));
        AnsiConsole.WriteLine($"run folder: {Path.GetFullPath(folder)}");
    }

    private static string F(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
