using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary><c>--set</c>, <c>--replicates</c> and <c>--seed</c> change the run the program does and the scenario its manifest records.</summary>
public sealed class OverrideTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Set_replicates_and_seed_change_the_rows_the_network_and_the_recorded_scenario()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        var folder = new RunFolder(_temp.File("out"));

        var outcome = await CliProcess.RunAsync(
            _temp.Path, "run", scenario, "--out", folder.Path, "--replicates", "5", "--seed", "11", "--set", "network.nodes=300", "--set", "model.probability=0.5");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var runs = folder.RunsCsv;
        Assert.Equal([0, 1, 2, 3, 4], runs.Longs("replicate"));
        Assert.All(runs.Longs("seed"), seed => Assert.Equal(11, seed));
        Assert.Equal(runs.Longs("adopters").Select(a => a / 300.0), runs.Doubles("adopted_fraction"));
        Assert.Equal(5, folder.TimeseriesCsv.Longs("replicate").Distinct().Count());
        var summary = folder.SummaryJson;
        Assert.Equal(300, (int)summary["nodes"]!);
        Assert.Equal(5, (int)summary["replicates"]!);
        var manifest = folder.ManifestJson;
        Assert.Equal(11, (long)manifest["seed"]!);
        Assert.Equal(5, (int)manifest["scenario"]!["replicates"]!);
        Assert.Equal(11, (long)manifest["scenario"]!["seed"]!);
        Assert.Equal(300, (int)manifest["scenario"]!["network"]!["nodes"]!);
        Assert.Equal(0.5, (double)manifest["scenario"]!["model"]!["probability"]!);
    }

    public void Dispose() => _temp.Dispose();
}
