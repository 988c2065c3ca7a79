using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class ValidScenarioTests
{
    private const string Full = """
        # every key given
        name: full_scenario-1
        seed: -7
        replicates: 20
        max-steps: 500
        network:
          generator: watts-strogatz
          nodes: 1000
          k: 6
          rewire: 0.25
        model:
          kind: linear-threshold
          threshold: { uniform: [0.1, 0.3] }
        seeding:
          strategy: explicit
          nodes: [0, 17, 999]
        """;

    [Fact]
    public void Every_key_is_read()
    {
        var scenario = ScenarioText.Parse(Full);

        Assert.Equal("full_scenario-1", scenario.Name);
        Assert.Equal(-7, scenario.Seed);
        Assert.Equal(20, scenario.Replicates);
        Assert.Equal(500, scenario.MaxSteps);
        Assert.Equal(new NetworkSpec("watts-strogatz", Nodes: 1000, K: 6, Rewire: 0.25), scenario.Network);
        Assert.Equal("linear-threshold", scenario.Model.Kind);
        Assert.Equal(Distribution.Uniform(0.1, 0.3), scenario.Model.Parameters["threshold"]);
        Assert.Equal(Distribution.Constant(0), scenario.Model.Parameters["aversion"]);
        Assert.Equal("explicit", scenario.Seeding.Strategy);
        Assert.Equal(["0", "17", "999"], scenario.Seeding.Nodes);
    }

    [Fact]
    public void Defaults_are_filled_in()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal);

        Assert.Equal(1, scenario.Seed);
        Assert.Equal(1, scenario.Replicates);
        Assert.Equal(1000, scenario.MaxSteps);
        Assert.Equal(new SeedingSpec("none"), scenario.Seeding);
        Assert.Equal(new NetworkSpec("erdos-renyi", Nodes: 100, MeanDegree: 4), scenario.Network);
        Assert.Equal(Distribution.Constant(0.1), scenario.Model.Parameters["probability"]);
    }

    [Fact]
    public void Resolved_has_kebab_case_keys_and_defaults()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal);

        Assert.Equal(
            """{"name":"minimal","seed":1,"replicates":1,"max-steps":1000,"network":{"generator":"erdos-renyi","nodes":100,"mean-degree":4},"model":{"kind":"independent-cascade","probability":0.1,"prescribing-steps":1,"aversion":0},"seeding":{"strategy":"none"}}""",
            scenario.Resolved.ToJsonString());
    }

    [Fact]
    public void Resolved_writes_distributions_and_node_ids()
    {
        var scenario = ScenarioText.Parse(Full);

        Assert.Equal(
            """{"name":"full_scenario-1","seed":-7,"replicates":20,"max-steps":500,"network":{"generator":"watts-strogatz","nodes":1000,"k":6,"rewire":0.25},"model":{"kind":"linear-threshold","threshold":{"uniform":[0.1,0.3]},"aversion":0},"seeding":{"strategy":"explicit","nodes":[0,17,999]}}""",
            scenario.Resolved.ToJsonString());
    }

    [Fact]
    public void Source_hash_is_the_sha256_of_the_bytes()
    {
        var scenario = ScenarioText.Parse(Full);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Full))), scenario.SourceHash);
        Assert.Equal(64, scenario.SourceHash.Length);
    }

    [Fact]
    public void Locations_give_every_key_and_value()
    {
        var map = ScenarioText.Parse(Full).Locations;

        Assert.Equal("s.yaml", map.File);
        Assert.Equal(new SourcePosition(2, 7), map.Locate("name"));
        Assert.Equal(new SourcePosition(6, 1), map.Locate("network"));
        Assert.Equal(new SourcePosition(8, 10), map.Locate("network.nodes"));
        Assert.Equal(new SourcePosition(13, 3), map.Locate("model.threshold"));
        Assert.Equal(new SourcePosition(13, 31), map.Locate("model.threshold.uniform[1]"));
        Assert.Equal(new SourcePosition(16, 14), map.Locate("seeding.nodes[1]"));
        Assert.Equal(new SourcePosition(16, 14), map.Locate("seeding.nodes[1].anything"));
        Assert.Equal("s.yaml:16:14: unknown label", map.Format("seeding.nodes[1]", "unknown label"));
    }

    [Theory]
    [InlineData("name: a\nnetwork: { generator: barabasi-albert, nodes: 10, m: 9 }\nmodel: { kind: independent-cascade, probability: 1 }\nseeding: { strategy: random, count: 10 }")]
    [InlineData("name: a\nnetwork: { generator: ring-lattice, nodes: 3, k: 2 }\nmodel: { kind: independent-cascade, probability: 0 }\nseeding: { strategy: top-degree, fraction: 1 }")]
    [InlineData("name: a\nnetwork: { generator: complete, nodes: 1 }\nmodel: { kind: linear-threshold, threshold: { normal: [2, 0] } }\nseeding: { strategy: none }")]
    [InlineData("name: a\nnetwork: { generator: star, nodes: 50000000 }\nmodel: { kind: linear-threshold, threshold: 0.5 }")]
    [InlineData("name: a\nnetwork: { generator: path, nodes: 2 }\nmodel: { kind: linear-threshold, threshold: { uniform: [0.2, 0.2] } }")]
    [InlineData("name: a\nnetwork: { generator: erdos-renyi, nodes: 1, mean-degree: 0 }\nmodel: { kind: independent-cascade, probability: 1e-1 }\nseeding: { strategy: explicit, nodes: [0] }")]
    public void Boundary_values_are_accepted(string text)
    {
        var scenario = ScenarioText.Parse(text);

        Assert.Equal("a", scenario.Name);
    }

    [Fact]
    public void Quoted_text_and_tags_follow_the_yaml_core_schema()
    {
        var scenario = ScenarioText.Parse("""
            name: !!str 2024
            seed: !!int 5
            network: { generator: "complete", nodes: 10 }
            model: { kind: 'independent-cascade', probability: 0.5 }
            """);

        Assert.Equal("2024", scenario.Name);
        Assert.Equal(5, scenario.Seed);
        Assert.Equal("complete", scenario.Network.Generator);
    }

    [Fact]
    public void Parse_resolves_the_source_path_in_the_base_directory()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal);

        Assert.Equal(Path.Join(Path.GetFullPath(AppContext.BaseDirectory), "s.yaml"), scenario.SourcePath);
        Assert.IsType<JsonObject>(scenario.Resolved["network"]);
    }
}
