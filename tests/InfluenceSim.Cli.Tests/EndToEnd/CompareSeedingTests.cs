using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>A <c>compare-seeding</c> scenario runs each strategy on the same network and coins and writes the comparison.</summary>
public sealed class CompareSeedingTests : IDisposable
{
    private const string Scenario = """
        name: compare
        seed: 3
        replicates: 4
        network:
          generator: star
          nodes: 40
        model:
          kind: independent-cascade
          probability: 1
        compare-seeding: [random, top-degree, greedy]
        seeding:
          count: 1
          simulations: 10

        """;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Every_strategy_gets_its_rows_numbered_alike_and_a_row_in_the_comparison()
    {
        string scenario = _temp.Write("compare.yaml", Scenario);
        var folder = new RunFolder(_temp.File("out"));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", folder.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var runs = folder.RunsCsv;
        Assert.Equal(["random", "random", "random", "random", "top-degree", "top-degree", "top-degree", "top-degree", "greedy", "greedy", "greedy", "greedy"], runs.Strings("seeding.strategy"));
        Assert.Equal([0, 1, 2, 3, 0, 1, 2, 3, 0, 1, 2, 3], runs.Longs("replicate"));

        // With p = 1 the centre (top-degree and greedy) converts all 39 leaves; a random leaf converts
        // the centre, which converts the other 38, so every replicate reaches all 40 either way.
        Assert.All(runs.Longs("adopters"), a => Assert.Equal(40, a));
        var comparison = CsvTable.Read(folder.File("comparison.csv"));
        Assert.Equal(["random", "top-degree", "greedy"], comparison.Strings("strategy"));
        Assert.All(comparison.Doubles("influence_multiplier"), m => Assert.Equal(1.0, m));
        Assert.All(comparison.Doubles("difference_to_random_mean"), d => Assert.Equal(0.0, d));
        Assert.Equal(3, folder.SummaryJson["comparison"]!.AsArray().Count);
    }

    public void Dispose() => _temp.Dispose();
}
