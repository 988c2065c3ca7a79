using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>The keys of stochastic-block, configuration and powerlaw-cluster: values, ranges and FILE:LINE:COL problems.</summary>
public sealed class NetworkGeneratorKeyTests
{
    private const string Model = "\nmodel: { kind: independent-cascade, probability: 0.1 }";

    [Fact]
    public void A_stochastic_block_network_takes_its_size_from_the_blocks_and_keeps_them_as_communities()
    {
        var scenario = Parse("{ generator: stochastic-block, blocks: [3, 4], p-in: 1, p-out: 0 }");

        Assert.Equal((7, 1.0, 0.0), (scenario.Network.Nodes, scenario.Network.PIn, scenario.Network.POut));
        Assert.Equal([3, 4], scenario.Network.Blocks);
        var network = NetworkFactory.Build(scenario.Generator, scenario.Network, scenario.Seed);
        Assert.Equal([0, 0, 0, 1, 1, 1, 1], network.Communities);
        Assert.Equal(2 * (3 + 6), network.TieCount);
    }

    [Fact]
    public void Nodes_may_repeat_the_size_a_list_gives()
    {
        Assert.Equal(7, Parse("{ generator: stochastic-block, blocks: [3, 4], p-in: 0.5, p-out: 0.1, nodes: 7 }").Network.Nodes);
        Assert.Equal(4, Parse("{ generator: configuration, degrees: [1, 2, 2, 1], nodes: 4 }").Network.Nodes);
    }

    [Fact]
    public void A_configuration_network_reads_degrees_or_a_power_law()
    {
        var listed = Parse("{ generator: configuration, degrees: [1, 2, 2, 1] }").Network;
        var law = Parse("{ generator: configuration, nodes: 500, power-law: { exponent: 2.5, min-degree: 2, max-degree: 50 } }").Network;

        Assert.Equal([1, 2, 2, 1], listed.Degrees);
        Assert.Equal(4, listed.Nodes);
        Assert.Equal((500, 2.5, 2, 50), (law.Nodes, law.Exponent, law.MinDegree, law.MaxDegree));
        Assert.Null(law.Degrees);
        Assert.Equal(500, NetworkFactory.Build(NetworkGenerators.Default.Get(law.Generator), law, 3).NodeCount);
    }

    [Fact]
    public void A_powerlaw_cluster_network_reads_nodes_m_and_triad()
    {
        var spec = Parse("{ generator: powerlaw-cluster, nodes: 100, m: 3, triad: 0.6 }").Network;

        Assert.Equal((100, 3, 0.6), (spec.Nodes, spec.M, spec.Triad));
        Assert.Equal(2 * (6 + (96 * 3)), NetworkFactory.Build(NetworkGenerators.Default.Get(spec.Generator), spec, 1).TieCount);
    }

    [Fact]
    public void The_new_keys_can_be_set_from_the_command_line()
    {
        var scenario = ScenarioText.Parse("name: a\nnetwork: { generator: complete, nodes: 5 }" + Model, "network.generator=stochastic-block", "network.nodes=30", "network.blocks=[10, 20]", "network.p-in=0.5", "network.p-out=0.01");

        Assert.Equal([10, 20], scenario.Network.Blocks);
    }

    [Fact]
    public void Seeding_counts_are_checked_against_the_size_a_list_gives()
    {
        string problem = ScenarioText.Problem("name: a\nnetwork: { generator: configuration, degrees: [1, 1] }" + Model + "\nseeding: { strategy: random, count: 3 }");

        Assert.Equal("s.yaml:4:37: 'seeding.count' must be an integer from 1 to 2 (the number of nodes), found 3", problem);
    }

    [Theory]
    [InlineData("{ generator: stochastic-block, blocks: [3, 4], p-in: 0.5, p-out: 0.1, nodes: 8 }", "s.yaml:2:87: 'network.nodes' must be 7 (the number of nodes 'network.blocks' gives), or left out, found 8")]
    [InlineData("{ generator: stochastic-block, blocks: 5, p-in: 0.5, p-out: 0.1 }", "s.yaml:2:49: 'network.blocks' must be a list of 1 to 10000 block sizes, such as [500, 500, 1000], found 5")]
    [InlineData("{ generator: stochastic-block, blocks: [3, 0], p-in: 0.5, p-out: 0.1 }", "s.yaml:2:53: 'network.blocks[1]' must be a block size, an integer from 1 to 50000000, found 0")]
    [InlineData("{ generator: stochastic-block, blocks: [3, 4], p-in: 1.5, p-out: 0.1 }", "s.yaml:2:63: 'network.p-in' must be a probability from 0 to 1, found 1.5")]
    [InlineData("{ generator: stochastic-block, blocks: [3, 4], p-in: 0.5 }", "s.yaml:2:1: missing required key 'network.p-out' (generator stochastic-block)")]
    [InlineData("{ generator: stochastic-block, blocks: [30000000, 30000000], p-in: 0, p-out: 0 }", "s.yaml:2:49: 'network.blocks' gives 60000000 nodes, more than the limit of 50000000")]
    [InlineData("{ generator: stochastic-block, blocks: [100000], p-in: 1, p-out: 0 }", "s.yaml:2:49: 'network.blocks' is too large: this stochastic-block network would have about 9999900000 directed ties, more than the limit of 2000000000")]
    [InlineData("{ generator: configuration, degrees: [1, 2, 2] }", "s.yaml:2:47: 'network.degrees' must have an even sum (each tie uses two stubs), found a sum of 5")]
    [InlineData("{ generator: configuration, degrees: [1, 4, 2, 1] }", "s.yaml:2:51: 'network.degrees[1]' must be a degree, an integer from 0 to 3 (the number of nodes - 1), found 4")]
    [InlineData("{ generator: configuration, degrees: [1, 1], nodes: 3 }", "s.yaml:2:62: 'network.nodes' must be 2 (the number of nodes 'network.degrees' gives), or left out, found 3")]
    [InlineData("{ generator: configuration, degrees: [1, 1], power-law: { exponent: 2, min-degree: 1, max-degree: 5 } }", "s.yaml:2:55: give either 'network.degrees' or 'network.power-law', not both")]
    [InlineData("{ generator: configuration, nodes: 10 }", "s.yaml:2:1: missing required key 'network.degrees' or 'network.power-law' (generator configuration)")]
    [InlineData("{ generator: configuration, nodes: 100, power-law: { exponent: 2, min-degre: 1, max-degree: 5 } }", "s.yaml:2:76: unknown key 'min-degre' in 'network.power-law'; did you mean 'min-degree'?")]
    [InlineData("{ generator: configuration, nodes: 100, power-law: { exponent: 11, min-degree: 1, max-degree: 5 } }", "s.yaml:2:73: 'network.power-law.exponent' must be a number from 0 to 10, found 11")]
    [InlineData("{ generator: configuration, nodes: 100, power-law: { exponent: 2, min-degree: 6, max-degree: 5 } }", "s.yaml:2:103: 'network.power-law.max-degree' must be an integer from 6 (min-degree) to 99 (nodes - 1), found 5")]
    [InlineData("{ generator: configuration, nodes: 100, power-law: { exponent: 2, min-degree: 1, max-degree: 100 } }", "s.yaml:2:103: 'network.power-law.max-degree' must be an integer from 1 (min-degree) to 99 (nodes - 1), found 100")]
    [InlineData("{ generator: configuration, nodes: 100, power-law: 2.5 }", "s.yaml:2:61: 'network.power-law' must be a mapping { exponent: ..., min-degree: ..., max-degree: ... }, found 2.5")]
    [InlineData("{ generator: configuration, power-law: { exponent: 2, min-degree: 1, max-degree: 5 } }", "s.yaml:2:1: missing required key 'network.nodes' (generator configuration with power-law)")]
    [InlineData("{ generator: configuration, nodes: 10000000, power-law: { exponent: 0, min-degree: 1, max-degree: 9999999 } }", "s.yaml:2:45: 'network.nodes' is too large: this power-law configuration network would have about 50000000000000 directed ties, more than the limit of 2000000000")]
    [InlineData("{ generator: powerlaw-cluster, nodes: 10, m: 2, triad: 1.5 }", "s.yaml:2:65: 'network.triad' must be a probability from 0 to 1, found 1.5")]
    [InlineData("{ generator: powerlaw-cluster, nodes: 10, m: 2 }", "s.yaml:2:1: missing required key 'network.triad' (generator powerlaw-cluster)")]
    [InlineData("{ generator: powerlaw-cluster, nodes: 1, m: 1, triad: 0.5 }", "s.yaml:2:48: 'network.nodes' must be an integer from 2 to 50000000 for powerlaw-cluster, found 1")]
    [InlineData("{ generator: powerlaw-cluster, nodes: 10, m: 10, triad: 0.5 }", "s.yaml:2:55: 'network.m' must be an integer from 1 to 9 (less than nodes), found 10")]
    public void Bad_values_are_located_and_explained(string network, string expected) => Assert.Equal(expected, Problem(network));

    [Fact]
    public void Keys_of_other_generators_are_refused_with_their_owners()
    {
        string[] problems = ScenarioText.Problems("name: a\nnetwork: { generator: stochastic-block, p-in: 0.5, p-out: 0.1, triad: 3 }" + Model);

        Assert.Equal(
            [
                "s.yaml:2:1: missing required key 'network.blocks' (generator stochastic-block)",
                "s.yaml:2:64: 'triad' is not a parameter of generator stochastic-block (it belongs to powerlaw-cluster)",
            ],
            problems);
    }

    private static InfluenceSim.Scenarios.Scenario Parse(string network) => ScenarioText.Parse("name: a\nnetwork: " + network + Model);

    private static string Problem(string network) => ScenarioText.Problem("name: a\nnetwork: " + network + Model);
}
