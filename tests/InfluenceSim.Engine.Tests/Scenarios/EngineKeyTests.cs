using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>The <c>engine:</c> block: hosting and partitions, their defaults, errors at line and column, the resolved scenario and the run request.</summary>
public sealed class EngineKeyTests
{
    private const string WithEngine = ScenarioText.Minimal + "\nengine:\n  hosting: blocks\n  partitions: 7\n";

    [Fact]
    public void Without_the_block_the_run_uses_node_grains_and_chooses_its_partitions()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal);

        Assert.Equal(new EngineSpec(EngineHosting.NodeGrains, null), scenario.Engine);
        Assert.Null(scenario.Resolved["engine"]);
    }

    [Fact]
    public void The_block_sets_the_hosting_and_the_partitions_and_is_resolved()
    {
        var scenario = ScenarioText.Parse(WithEngine);

        Assert.Equal(new EngineSpec(EngineHosting.Blocks, 7), scenario.Engine);
        Assert.Equal("""{"hosting":"blocks","partitions":7}""", scenario.Resolved["engine"]!.ToJsonString());
    }

    [Fact]
    public void An_empty_mapping_resolves_to_the_default_hosting()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal + "\nengine: {}\n");

        Assert.Equal(EngineSpec.Default, scenario.Engine);
        Assert.Equal("""{"hosting":"node-grains"}""", scenario.Resolved["engine"]!.ToJsonString());
    }

    [Fact]
    public void Set_chooses_blocks_hosting()
    {
        var scenario = ScenarioText.Parse(ScenarioText.Minimal, "engine.hosting=blocks");

        Assert.Equal(new EngineSpec(EngineHosting.Blocks, null), scenario.Engine);
        Assert.Equal("""{"hosting":"blocks"}""", scenario.Resolved["engine"]!.ToJsonString());
    }

    [Fact]
    public void Unknown_keys_wrong_types_and_ranges_are_reported_at_their_line_and_column()
    {
        string text = ScenarioText.Minimal + """

            engine:
              hosting: block
              partitions: 0
              threads: 4
            """;

        Assert.Equal(
            [
                "s.yaml:10:12: 'engine.hosting' must be one of node-grains, blocks, found 'block'; did you mean 'blocks'?",
                "s.yaml:11:15: 'engine.partitions' must be an integer from 1 to 100 (at most the network's 100 nodes), found 0",
                "s.yaml:12:3: unknown key 'threads' in 'engine' (expected one of: hosting, partitions)",
            ],
            ScenarioText.Problems(text));
    }

    [Theory]
    [InlineData("engine.partitions=101", "--set engine.partitions=101:1:19: 'engine.partitions' must be an integer from 1 to 100 (at most the network's 100 nodes), found 101")]
    [InlineData("engine.partitions=two", "--set engine.partitions=two:1:19: 'engine.partitions' must be an integer from 1 to 100 (at most the network's 100 nodes), found 'two'")]
    [InlineData("engine=blocks", "--set engine=blocks:1:8: 'engine' must be a mapping of keys, found 'blocks'")]
    public void Bad_overrides_are_reported_in_their_pseudo_file(string assignment, string problem) =>
        Assert.Equal(problem, ScenarioText.Problem(ScenarioText.Minimal, assignment));

    [Fact]
    public void Partitions_are_capped_for_a_large_network()
    {
        string problem = ScenarioText.Problem(ScenarioText.Minimal, "network.nodes=100000", "engine.partitions=1025");

        Assert.Equal("--set engine.partitions=1025:1:19: 'engine.partitions' must be an integer from 1 to 1024, found 1025", problem);
    }

    [Fact]
    public void The_run_request_carries_the_hosting_and_the_partitions()
    {
        var prepared = RunPreparation.Prepare(ScenarioText.Parse(WithEngine));

        var request = prepared.ToRequest(SeedPlan.Fixed([]));

        Assert.Equal(EngineHosting.Blocks, request.Hosting);
        Assert.Equal(7, request.Partitions);
    }

    [Fact]
    public void A_file_network_bounds_the_partitions_once_it_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("ties.csv", "a,b\nb,c\n");
        string path = folder.Write("s.yaml", "name: a\nnetwork: { generator: file, path: ties.csv }\nmodel: { kind: independent-cascade, probability: 0.1 }\nengine:\n  partitions: 4\n");

        var error = Assert.Throws<ScenarioException>(() => RunPreparation.Prepare(ScenarioLoader.Load(path, [], [], BuiltIns.Registries)));

        Assert.Equal($"{path}:5:15: 'engine.partitions' must be an integer from 1 to 3 (at most the network's 3 nodes), found 4", Assert.Single(error.Problems).ToString());
    }
}
