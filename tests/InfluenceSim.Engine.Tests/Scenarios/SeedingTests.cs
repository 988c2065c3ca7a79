using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class SeedingTests
{
    private const string Head = "name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }\nseeding:\n";

    private static Scenario Parse(string seeding) => ScenarioText.Parse(Head + seeding);

    private static string[] Problems(string seeding) => ScenarioText.Problems(Head + seeding);

    [Fact]
    public void Count_and_fraction_both_given()
    {
        Assert.Equal(
            ["s.yaml:7:3: give either 'seeding.count' or 'seeding.fraction', not both"],
            Problems("  strategy: top-degree\n  count: 3\n  fraction: 0.1"));
    }

    [Fact]
    public void Neither_count_nor_fraction()
    {
        Assert.Equal(
            ["s.yaml:4:1: missing required key 'seeding.count' or 'seeding.fraction' or 'seeding.budget' (strategy random)"],
            Problems("  strategy: random"));
    }

    [Theory]
    [InlineData("  strategy: random\n  count: 11", "s.yaml:6:10: 'seeding.count' must be an integer from 1 to 10 (the number of nodes), found 11")]
    [InlineData("  strategy: random\n  count: 0", "s.yaml:6:10: 'seeding.count' must be an integer from 1 to 10 (the number of nodes), found 0")]
    [InlineData("  strategy: random\n  fraction: 0", "s.yaml:6:13: 'seeding.fraction' must be a number greater than 0 and at most 1, found 0")]
    [InlineData("  strategy: random\n  fraction: 1.5", "s.yaml:6:13: 'seeding.fraction' must be a number greater than 0 and at most 1, found 1.5")]
    [InlineData("  strategy: random\n  count: 2\n  nodes: [1]", "s.yaml:7:3: 'seeding.nodes' is not used by strategy random")]
    [InlineData("  strategy: none\n  count: 2", "s.yaml:6:3: 'seeding.count' is not used by strategy none")]
    [InlineData("  strategy: explicit\n  nodes: [1]\n  fraction: 0.5", "s.yaml:7:3: 'seeding.fraction' is not used by strategy explicit")]
    [InlineData("  strategy: explicit", "s.yaml:4:1: missing required key 'seeding.nodes' (strategy explicit)")]
    [InlineData("  strategy: explicit\n  nodes: []", "s.yaml:6:10: 'seeding.nodes' must be a non-empty list of node ids or labels, found an empty list")]
    [InlineData("  strategy: explicit\n  nodes: 3", "s.yaml:6:10: 'seeding.nodes' must be a non-empty list of node ids or labels, found 3")]
    [InlineData("  strategy: explicit\n  nodes: [1, 10]", "s.yaml:6:14: 'seeding.nodes[1]' must be a node id, an integer from 0 to 9, found 10")]
    [InlineData("  strategy: explicit\n  nodes: [1, alice]", "s.yaml:6:14: 'seeding.nodes[1]' must be a node id, an integer from 0 to 9, found 'alice'")]
    [InlineData("  strategy: explicit\n  nodes: [1, 2, 1]", "s.yaml:6:17: 'seeding.nodes[2]' repeats node 1 (already given as 'seeding.nodes[0]')")]
    [InlineData("  strategy: influencers", "s.yaml:5:13: 'seeding.strategy' must be one of random, top-degree, pagerank, k-core, betweenness, community-spread, greedy, observed-prescribers, explicit, none, found 'influencers'")]
    [InlineData("  strategy: top_degree\n  count: 1", "s.yaml:5:13: 'seeding.strategy' must be one of random, top-degree, pagerank, k-core, betweenness, community-spread, greedy, observed-prescribers, explicit, none, found 'top_degree'; did you mean 'top-degree'?")]
    [InlineData("  count: 1", "s.yaml:4:1: missing required key 'seeding.strategy'")]
    public void Seeding_mistakes(string seeding, string expected)
    {
        Assert.Equal([expected], Problems(seeding));
    }

    [Fact]
    public void A_misspelt_required_key_is_reported_once_as_unknown()
    {
        Assert.Equal(
            ["s.yaml:6:3: unknown key 'cuont' in 'seeding'; did you mean 'count'?"],
            Problems("  strategy: random\n  cuont: 1"));
    }

    [Fact]
    public void Random_with_a_count()
    {
        Assert.Equal(new SeedingSpec("random", Count: 10), Parse("  strategy: random\n  count: 10").Seeding);
    }

    [Fact]
    public void Top_degree_with_a_fraction()
    {
        Assert.Equal(new SeedingSpec("top-degree", Fraction: 0.25), Parse("  strategy: top-degree\n  fraction: 0.25").Seeding);
    }

    [Fact]
    public void None_takes_nothing()
    {
        Assert.Equal(new SeedingSpec("none"), Parse("  strategy: none").Seeding);
    }

    [Fact]
    public void Labels_of_a_network_file_are_kept_as_written()
    {
        using var folder = new TempFolder();
        folder.Write("ties.csv", "alice,bob\n");
        string text = """
            name: a
            network: { generator: file, path: ties.csv, directed: true }
            model: { kind: independent-cascade, probability: 0.1 }
            seeding: { strategy: explicit, nodes: [alice, "007", 12] }
            """;

        var scenario = ScenarioLoader.Parse(text, "s.yaml", folder.Path, [], [], BuiltIns.Registries);

        Assert.Equal(["alice", "007", "12"], scenario.Seeding.Nodes);
        Assert.Equal("""{"strategy":"explicit","nodes":["alice","007","12"]}""", scenario.Resolved["seeding"]!.ToJsonString());
    }

    [Fact]
    public void Labels_of_a_network_file_must_not_repeat()
    {
        using var folder = new TempFolder();
        folder.Write("ties.csv", "alice,bob\n");
        string text = """
            name: a
            network: { generator: file, path: ties.csv }
            model: { kind: independent-cascade, probability: 0.1 }
            seeding: { strategy: explicit, nodes: [alice, bob, alice] }
            """;

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Parse(text, "s.yaml", folder.Path, [], [], BuiltIns.Registries));

        Assert.Equal("s.yaml:4:52: 'seeding.nodes[2]' repeats node alice (already given as 'seeding.nodes[0]')", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void A_count_is_not_bounded_before_a_network_file_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("ties.csv", "alice,bob\n");
        string text = """
            name: a
            network: { generator: file, path: ties.csv }
            model: { kind: independent-cascade, probability: 0.1 }
            seeding: { strategy: random, count: 500 }
            """;

        Assert.Equal(500, ScenarioLoader.Parse(text, "s.yaml", folder.Path, [], [], BuiltIns.Registries).Seeding.Count);
    }
}
