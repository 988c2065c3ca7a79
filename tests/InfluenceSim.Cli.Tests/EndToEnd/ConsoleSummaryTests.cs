using System.Text.Json.Nodes;
using InfluenceSim.Cli.Tests.Support;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Reporting.Html;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>
/// What <c>run</c> prints with its output redirected (not a terminal), read as text: labelled tables whose rows stay whole,
/// replicates counted per point, three significant digits, the censoring warning, and nothing but the summary on stdout.
/// </summary>
public sealed class ConsoleSummaryTests : IDisposable
{
    private const string Interval = "mean [t-based 95% interval of the mean]";

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_plain_run_prints_its_measures_over_its_replicates_and_nothing_else_on_stdout()
    {
        var folder = new RunFolder(_temp.File("plain"));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", _temp.Write("small.yaml", ScenarioTexts.Small), "--out", folder.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string[] lines = outcome.Stdout.Split('\n');
        Assert.Equal("Outcome over 3 replicates (mean, sample sd, t-based 95% interval of the mean):", lines[0]);
        var table = SingleTable(lines);
        Assert.Equal(["measure", "mean", "sd", "95% interval"], Cells(table[1]));
        var fraction = folder.SummaryJson["adopted_fraction"]!;
        Assert.Equal(
            ["adopted fraction", NumberText.Format((double)fraction["mean"]!), NumberText.Format((double)fraction["sd"]!), $"[{NumberText.Format((double)fraction["ci95"]![0]!)}, {NumberText.Format((double)fraction["ci95"]![1]!)}]"],
            Cells(table[3]));
        Assert.Matches(@"^small: 500 nodes, [0-9,]+ directed ties, 3 replicates; network [0-9.]+ s, activation [0-9.]+ s, propagation [0-9.]+ s$", lines[^4]);
        Assert.Equal($"run folder: {folder.Path}", lines[^3]);
        Assert.StartsWith("its report: ", lines[^2], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
        Assert.Equal(table.Count + 5, lines.Length);
        Assert.DoesNotContain("replicate(s)", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sweep_prints_a_row_per_point_and_otel_console_output_goes_to_stderr()
    {
        var folder = new RunFolder(_temp.File("sweep"));

        var outcome = await CliProcess.RunAsync(
            _temp.Path, "run", _temp.Write("small.yaml", ScenarioTexts.Small), "--out", folder.Path, "--sweep", "model.probability=0.1,0.3", "--otel", "console");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string[] lines = outcome.Stdout.Split('\n');
        Assert.Equal($"Per point: 2 points x 3 replicates (6 in all); {Interval}:", lines[0]);
        var table = SingleTable(lines);
        Assert.Equal(["point", "model.probability", "replicates", "adopted fraction", "steps"], Cells(table[1]));
        var points = folder.SummaryJson["points"]!.AsArray();
        Assert.Equal(["0", "0.1", "3", Formatted(points[0]!["adopted_fraction"]!), Formatted(points[0]!["steps"]!)], Cells(table[3]));
        Assert.Equal(["1", "0.3", "3", Formatted(points[1]!["adopted_fraction"]!), Formatted(points[1]!["steps"]!)], Cells(table[4]));
        Assert.Matches(@"^small: 500 nodes, [0-9,]+ directed ties, 2 points x 3 replicates \(6 in all\); network [0-9.]+ s, activation [0-9.]+ s, propagation [0-9.]+ s$", lines[^4]);
        Assert.Equal($"run folder: {folder.Path}", lines[^3]);
        Assert.StartsWith("its report: ", lines[^2], StringComparison.Ordinal);
        Assert.Equal(table.Count + 5, lines.Length);
        Assert.Contains(InfluenceSimTelemetry.RoundsCounter, outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(InfluenceSimTelemetry.RoundsCounter, outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replicates_cut_off_at_max_steps_are_recorded_counted_and_warned_about()
    {
        var folder = new RunFolder(_temp.File("censored"));

        var outcome = await CliProcess.RunAsync(
            _temp.Path, "run", _temp.Write("small.yaml", ScenarioTexts.Small), "--out", folder.Path, "--set", "model.probability=1", "--set", "max-steps=1");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(["max-steps", "max-steps", "max-steps"], folder.RunsCsv.Strings("ended_by"));
        Assert.Equal(3, (int)folder.SummaryJson["censored_replicates"]!);
        Assert.Contains(
            "warning: 3 of 3 replicates reached max-steps (1) while still active (ended_by = max-steps in runs.csv; censored_replicates in summary.json): their adopters and steps are where they stood when cut off, so the means that include them understate the outcome; raise max-steps to let them finish",
            outcome.Stdout.Split('\n'));
    }

    public void Dispose() => _temp.Dispose();

    private static string Formatted(JsonNode measure) =>
        NumberText.Format((double)measure["mean"]!, (double)measure["ci95"]![0]!, (double)measure["ci95"]![1]!);

    /// <summary>The one table printed: its lines from the top border to the bottom border, every one as wide as the others (no cell wrapped).</summary>
    private static List<string> SingleTable(string[] lines)
    {
        int top = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].StartsWith('┌'));
        int bottom = Assert.Single(Enumerable.Range(0, lines.Length), i => lines[i].StartsWith('└'));
        var table = lines[top..(bottom + 1)].ToList();
        Assert.Single(table.Select(line => line.Length).Distinct());
        return table;
    }

    private static string[] Cells(string row) => row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
