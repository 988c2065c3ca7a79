using InfluenceSim.Models.Distributions;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class OverrideTests
{
    private const string LinearThreshold = """
        name: lt
        network:
          generator: erdos-renyi
          nodes: 100
          mean-degree: 4
        model:
          kind: linear-threshold
          threshold: 0.5
        seeding:
          strategy: explicit
          nodes: [1, 2, 3]
        """;

    [Fact]
    public void A_scalar_replaces_a_value()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, "network.mean-degree=8", "seed=99");

        Assert.Equal(8, scenario.Network.MeanDegree);
        Assert.Equal(99, scenario.Seed);
        Assert.Equal(8, (double)scenario.Resolved["network"]!["mean-degree"]!);
    }

    [Fact]
    public void The_last_override_of_a_key_wins()
    {
        Assert.Equal(3, ScenarioText.Parse(ScenarioText.Minimal, "replicates=2", "replicates=3").Replicates);
    }

    [Fact]
    public void A_flow_mapping_sets_a_distribution()
    {
        var scenario = ScenarioText.Parse(LinearThreshold, "model.threshold={ uniform: [0.1, 0.3] }");

        Assert.Equal(Distribution.Uniform(0.1, 0.3), scenario.Model.Parameters["threshold"]);
    }

    [Fact]
    public void A_list_replaces_a_list()
    {
        var scenario = ScenarioText.Parse(LinearThreshold, "seeding.nodes=[7, 8]");

        Assert.Equal(["7", "8"], scenario.Seeding.Nodes);
    }

    [Fact]
    public void An_item_of_a_list_is_replaced_by_index()
    {
        var scenario = ScenarioText.Parse(LinearThreshold, "seeding.nodes[1]=42");

        Assert.Equal(["1", "42", "3"], scenario.Seeding.Nodes);
    }

    [Fact]
    public void Missing_keys_and_blocks_are_created()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, "max-steps=20", "seeding.strategy=top-degree", "seeding.count=5");

        Assert.Equal(20, scenario.MaxSteps);
        Assert.Equal(new SeedingSpec("top-degree", Count: 5), scenario.Seeding);
    }

    [Fact]
    public void A_new_generator_takes_its_own_keys()
    {
        var scenario = ScenarioText.Parse("name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }", "network.generator=ring-lattice", "network.k=4");

        Assert.Equal(new NetworkSpec("ring-lattice", Nodes: 10, K: 4), scenario.Network);
    }

    [Fact]
    public void Overridden_values_are_located_in_the_override()
    {
        var map = ScenarioText.Parse(LinearThreshold, "seeding.nodes=[7, 8]").Locations;

        Assert.Equal("--set seeding.nodes=[7, 8]", map.FileOf("seeding.nodes[1]"));
        Assert.Equal(new SourcePosition(1, 19), map.Locate("seeding.nodes[1]"));
        Assert.Equal("s.yaml", map.FileOf("seeding.strategy"));
        Assert.Equal("--set seeding.nodes=[7, 8]:1:19: unknown label", map.Format("seeding.nodes[1]", "unknown label"));
    }

    [Fact]
    public void An_invalid_value_is_reported_in_the_override()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal, "network.nodes=abc");

        Assert.Equal("--set network.nodes=abc:1:15: 'network.nodes' must be an integer from 1 to 50000000, found 'abc'", problem);
    }

    [Fact]
    public void An_unknown_key_is_reported_in_the_override()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal, "network.mean_degree=4");

        Assert.Equal("--set network.mean_degree=4:1:9: unknown key 'mean_degree' in 'network'; did you mean 'mean-degree'?", problem);
    }

    [Theory]
    [InlineData("network.nodes", "--set network.nodes:1:1: expected KEY=VALUE with a dotted key, such as network.nodes=1000 or seeding.nodes[0]=5, found 'network.nodes'")]
    [InlineData("=5", "--set =5:1:1: expected KEY=VALUE with a dotted key, such as network.nodes=1000 or seeding.nodes[0]=5, found '=5'")]
    [InlineData("network..nodes=5", "--set network..nodes=5:1:9: 'network..nodes' is not a dotted key such as network.nodes=1000 or seeding.nodes[0]=5: '' is not a key name")]
    [InlineData("network.no des=5", "--set network.no des=5:1:9: 'network.no des' is not a dotted key such as network.nodes=1000 or seeding.nodes[0]=5: 'no des' is not a key name")]
    [InlineData("network.nodes=", "--set network.nodes=:1:15: 'network.nodes' is given no value after '='")]
    [InlineData("name.first=x", "--set name.first=x:1:6: cannot set a key inside 'name': it is 'minimal', not a mapping")]
    [InlineData("seeding.nodes[3]=1", "--set seeding.nodes[3]=1:1:9: cannot set 'seeding.nodes[3]': 'seeding.nodes' is not a list with an item [3]")]
    [InlineData("network.nodes=[1, 2", "--set network.nodes=[1, 2:1:20: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'.")]
    [InlineData("network.nodes=&n 5", "--set network.nodes=&n 5:1:15: YAML anchors and aliases are not allowed (found anchor '&n')")]
    public void Invalid_overrides(string assignment, string expected)
    {
        string text = assignment.StartsWith("seeding", StringComparison.Ordinal) ? LinearThreshold : ScenarioText.Minimal;

        Assert.Equal([expected], ScenarioText.Problems(text, assignment));
    }

    [Fact]
    public void Override_problems_follow_the_file_problems_in_override_order()
    {
        string[] problems = ScenarioText.Problems(ScenarioText.Minimal + "\nreplicates: 0", "seed=x", "max-steps=0");

        Assert.Equal(
            [
                "s.yaml:9:13: 'replicates' must be an integer from 1 to 100000, found 0",
                "--set seed=x:1:6: 'seed' must be a 64-bit integer, found 'x'",
                "--set max-steps=0:1:11: 'max-steps' must be an integer from 1 to 1000000, found 0",
            ],
            problems);
    }
}
