using System.Text.Json.Nodes;
using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>Sweeps of any scenario value, the <c>point</c> column, numbers kept as numbers, and <c>validate</c>'s count of points.</summary>
public sealed class SweepValueTests : IDisposable
{
    private const string Threshold = """
        name: thresholds
        seed: 3
        replicates: 2
        max-steps: 50
        network:
          generator: erdos-renyi
          nodes: 200
          mean-degree: 6
        model:
          kind: linear-threshold
          threshold: 0.2
        seeding:
          strategy: random
          count: 10

        """;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_command_line_flow_list_sweeps_distributions_with_a_point_column_and_json_values()
    {
        string scenario = _temp.Write("t.yaml", Threshold);

        var outcome = await CliProcess.RunAsync(
            _temp.Path, "run", scenario, "--out", "swept", "--format", "csv",
            "--sweep", "model.threshold=[{uniform: [0.1, 0.3]}, {uniform: [0.2, 0.4]}]", "--sweep", "network.mean-degree=4,6");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var runs = CsvTable.Read(_temp.File(Path.Combine("swept", "runs.csv")));
        Assert.Equal(["0", "0", "1", "1", "2", "2", "3", "3"], runs.Strings("point"));
        string[] lines = File.ReadAllText(_temp.File(Path.Combine("swept", "runs.csv"))).Split('\n');
        Assert.EndsWith(",point,model.threshold,network.mean-degree", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",0,\"{uniform: [0.1, 0.3]}\",4", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",3,\"{uniform: [0.2, 0.4]}\",6", lines[8], StringComparison.Ordinal);
        var curves = CsvTable.Read(_temp.File(Path.Combine("swept", "curves.csv")));
        Assert.Equal(["0", "1", "2", "3"], curves.Strings("point").Distinct());
        var summary = JsonNode.Parse(File.ReadAllText(_temp.File(Path.Combine("swept", "summary.json"))))!;
        Assert.Equal("""{"model.threshold":{"uniform":[0.2,0.4]},"network.mean-degree":6}""", summary["points"]![3]!["keys"]!.ToJsonString());
        var manifest = JsonNode.Parse(File.ReadAllText(_temp.File(Path.Combine("swept", "manifest.json"))))!;
        Assert.Equal("[4,6]", manifest["scenario"]!["sweep"]!["network.mean-degree"]!.ToJsonString());
    }

    [Fact]
    public async Task A_malformed_sweep_list_exits_2_naming_the_option()
    {
        string scenario = _temp.Write("t.yaml", Threshold);

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--sweep", "model.threshold=[{uniform: [0.1, 0.3]}");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.StartsWith("--sweep model.threshold=[{uniform: [0.1, 0.3]}:1:", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outcome.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_prints_the_number_of_points()
    {
        string scenario = _temp.Write("t.yaml", Threshold + "sweep:\n  model.threshold: [{ uniform: [0.1, 0.3] }, { uniform: [0.2, 0.4] }]\n  network.mean-degree: [4, 6, 8]\n");

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains("sweep: 6 point(s) (model.threshold: 2 x network.mean-degree: 3), 12 replicate(s) in all", outcome.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
