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
        var comparison = CsvTable.Read(folder.File("seeding-comparison.csv"));
        Assert.Equal(["random", "top-degree", "greedy"], comparison.Strings("strategy"));
        Assert.All(comparison.Doubles("influence_multiplier"), m => Assert.Equal(1.0, m));
        Assert.All(comparison.Doubles("difference_to_random_mean"), d => Assert.Equal(0.0, d));
        Assert.Equal(3, folder.SummaryJson["comparison"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_sweep_runs_the_comparison_at_every_point_with_what_the_seeds_cost()
    {
        // A star of 10 (hub degree 9), p = 1, budget 9 at max(1, degree)^exponent. Exponent 0: every
        // node costs 1, so each strategy buys 9 seeds. Exponent 1: the hub costs 9 and a leaf 1, so
        // top-degree buys the hub alone and random either the hub (when it comes first) or 9 leaves.
        // Either way 9 is spent and all 10 adopt.
        string scenario = _temp.Write("prices.yaml", """
            name: prices
            seed: 5
            replicates: 3
            network: { generator: star, nodes: 10 }
            model: { kind: independent-cascade, probability: 1 }
            compare-seeding: [random, top-degree]
            seeding:
              budget: 9
              cost: { power: { scale: 1, exponent: 0 } }
            sweep:
              seeding.cost.power.exponent: [0, 1]

            """);
        var folder = new RunFolder(_temp.File("out"));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", folder.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var runs = folder.RunsCsv;
        Assert.Equal(["0", "0", "0", "0", "0", "0", "1", "1", "1", "1", "1", "1"], runs.Strings("seeding.cost.power.exponent"));
        Assert.Equal(["random", "random", "random", "top-degree", "top-degree", "top-degree", "random", "random", "random", "top-degree", "top-degree", "top-degree"], runs.Strings("seeding.strategy"));
        Assert.All(runs.Longs("adopters"), a => Assert.Equal(10, a));
        var comparison = CsvTable.Read(folder.File("seeding-comparison.csv"));
        comparison.AssertStartsWith("seeding.cost.power.exponent", "strategy", "replicates");
        Assert.Equal(["0", "0", "1", "1"], comparison.Strings("seeding.cost.power.exponent"));
        Assert.Equal(["random", "top-degree", "random", "top-degree"], comparison.Strings("strategy"));
        Assert.All(comparison.Strings("spend_mean"), s => Assert.Equal("9", s));
        Assert.All(comparison.Strings("adopters_per_spend"), s => Assert.Equal((10.0 / 9).ToString("R", System.Globalization.CultureInfo.InvariantCulture), s));
        Assert.All(comparison.Strings("cost_effectiveness"), s => Assert.Equal("1", s));
        var points = folder.SummaryJson["points"]!.AsArray();
        Assert.Equal(2, points.Count);
        Assert.All(points, p => Assert.Equal(["random", "top-degree"], p!["comparison"]!.AsArray().Select(c => (string)c!["strategy"]!)));
        Assert.Contains("Per seeding strategy: 2 points x 2 strategies x 3 replicates (12 in all) on the same coins", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("prices: 10 nodes, 18 directed ties, 2 points x 2 strategies x 3 replicates (12 in all);", outcome.Stdout, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
