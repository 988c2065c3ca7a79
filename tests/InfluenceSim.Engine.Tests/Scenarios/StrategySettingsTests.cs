using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>The strategy settings of a <c>seeding:</c> block and the <c>compare-seeding</c> list.</summary>
public sealed class StrategySettingsTests
{
    private const string Head = "name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }\n";

    [Fact]
    public void Settings_default_when_not_written()
    {
        var options = ScenarioText.Parse(Head + "seeding:\n  strategy: greedy\n  count: 2\n").Seeding.Options;

        Assert.Equal(new SeedingOptions(256, "celf", 200, null, null, 20), options);
    }

    [Fact]
    public void Written_settings_are_read_and_recorded_in_the_resolved_scenario()
    {
        var scenario = ScenarioText.Parse(Head + "seeding:\n  strategy: greedy\n  count: 2\n  estimator: ris\n  rr-sets: 5000\n  candidates: 4\n");

        Assert.Equal(new SeedingOptions(Estimator: "ris", RrSets: 5000, Candidates: 4), scenario.Seeding.Options);
        Assert.Equal("ris", (string?)scenario.Resolved["seeding"]!["estimator"]);
        Assert.Equal(5000, (int?)scenario.Resolved["seeding"]!["rr-sets"]);
    }

    [Fact]
    public void Imm_takes_epsilon_and_l_with_their_defaults_resolved()
    {
        var scenario = ScenarioText.Parse(Head + "seeding:\n  strategy: greedy\n  count: 2\n  estimator: imm\n  l: 3\n");

        Assert.Equal(new SeedingOptions(Estimator: "imm", L: 3), scenario.Seeding.Options);
        Assert.Equal(0.1, (double?)scenario.Resolved["seeding"]!["epsilon"]);
        Assert.Equal(3, (double?)scenario.Resolved["seeding"]!["l"]);
    }

    [Theory]
    [InlineData("  strategy: random\n  count: 2\n  samples: 10", "s.yaml:7:3: 'seeding.samples' is used only by strategy betweenness")]
    [InlineData("  strategy: top-degree\n  count: 2\n  pilot-replicates: 3", "s.yaml:7:3: 'seeding.pilot-replicates' is used only by strategy observed-prescribers")]
    [InlineData("  strategy: greedy\n  count: 2\n  estimator: exact", "s.yaml:7:14: 'seeding.estimator' must be one of celf, ris, imm, found 'exact'")]
    [InlineData("  strategy: greedy\n  count: 2\n  epsilon: 0.2", "s.yaml:7:3: 'seeding.epsilon' is used only by estimator imm")]
    [InlineData("  strategy: greedy\n  count: 2\n  estimator: ris\n  l: 2", "s.yaml:8:3: 'seeding.l' is used only by estimator imm")]
    [InlineData("  strategy: greedy\n  count: 2\n  estimator: imm\n  epsilon: 0.7", "s.yaml:8:12: 'seeding.epsilon' must be a number greater than 0 and less than 0.632 (1 - 1/e), found 0.7")]
    [InlineData("  strategy: greedy\n  count: 2\n  estimator: imm\n  l: 0", "s.yaml:8:6: 'seeding.l' must be a number greater than 0 and at most 100, found 0")]
    [InlineData("  strategy: greedy\n  count: 2\n  simulations: 0", "s.yaml:7:16: 'seeding.simulations' must be an integer from 1 to 10000000, found 0")]
    [InlineData("  strategy: betweenness\n  fraction: 0.2\n  samples: -4", "s.yaml:7:12: 'seeding.samples' must be an integer from 1 to 10000000, found -4")]
    public void Setting_mistakes(string seeding, string expected)
    {
        Assert.Equal([expected], ScenarioText.Problems(Head + "seeding:\n" + seeding));
    }

    [Fact]
    public void Compare_seeding_lists_the_strategies_and_makes_the_block_s_strategy_optional()
    {
        var scenario = ScenarioText.Parse(Head + "compare-seeding: [random, betweenness, greedy]\nseeding:\n  count: 3\n  samples: 8\n  simulations: 20\n");

        Assert.Equal(["random", "betweenness", "greedy"], scenario.CompareSeeding);
        Assert.Equal("random", scenario.Seeding.Strategy);
        Assert.Equal(new SeedingOptions(Samples: 8, Simulations: 20), scenario.Seeding.Options);
        Assert.Equal(3, scenario.Resolved["compare-seeding"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("compare-seeding: [top-degree, greedy]\nseeding:\n  count: 3", "s.yaml:4:18: 'compare-seeding' must be a list of two or more distinct strategies that include random (the baseline), each one of random, top-degree, pagerank, k-core, betweenness, community-spread, greedy, observed-prescribers, found a list")]
    [InlineData("compare-seeding: [random, random]\nseeding:\n  count: 3", "s.yaml:4:27: 'compare-seeding[1]' repeats strategy random")]
    [InlineData("compare-seeding: [random, explicit]\nseeding:\n  count: 3", "s.yaml:4:27: 'compare-seeding[1]' must be one of random, top-degree, pagerank, k-core, betweenness, community-spread, greedy, observed-prescribers, found 'explicit'")]
    [InlineData("compare-seeding: [random, top-degree]\nseeding:\n  strategy: greedy\n  count: 3", "s.yaml:6:13: 'seeding.strategy' must be one of random, top-degree, found 'greedy'")]
    [InlineData("compare-seeding: [random, top-degree]", "s.yaml:4:18: 'compare-seeding' needs a 'seeding' block with 'count' or 'fraction'")]
    public void Compare_seeding_mistakes(string text, string expected)
    {
        Assert.Equal([expected], ScenarioText.Problems(Head + text));
    }
}
