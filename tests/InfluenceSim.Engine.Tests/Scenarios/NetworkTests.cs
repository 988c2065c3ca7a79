namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class NetworkTests
{
    private const string Model = "\nmodel: { kind: independent-cascade, probability: 0.1 }";

    private static string Problem(string network) => ScenarioText.Problem("name: a\nnetwork: " + network + Model);

    [Fact]
    public void A_key_of_another_generator_is_refused()
    {
        string problem = ScenarioText.Problem("""
            name: a
            network:
              generator: erdos-renyi
              nodes: 100
              mean-degree: 4
              k: 4
            model: { kind: independent-cascade, probability: 0.1 }
            """);

        Assert.Equal("s.yaml:6:3: 'k' is not a parameter of generator erdos-renyi (it belongs to watts-strogatz, ring-lattice)", problem);
    }

    [Theory]
    [InlineData("{ generator: erdos-reny, nodes: 10 }", "s.yaml:2:23: 'network.generator' must be one of erdos-renyi, barabasi-albert, watts-strogatz, ring-lattice, complete, star, path, stochastic-block, configuration, powerlaw-cluster, file, found 'erdos-reny'; did you mean 'erdos-renyi'?")]
    [InlineData("{ nodes: 10 }", "s.yaml:2:1: missing required key 'network.generator'")]
    [InlineData("{ generator: complete }", "s.yaml:2:1: missing required key 'network.nodes' (generator complete)")]
    [InlineData("{ generator: complete, nodes: 0 }", "s.yaml:2:40: 'network.nodes' must be an integer from 1 to 50000000, found 0")]
    [InlineData("{ generator: star, nodes: 50000001 }", "s.yaml:2:36: 'network.nodes' must be an integer from 1 to 50000000, found 50000001")]
    [InlineData("{ generator: complete, nodes: 1e3 }", "s.yaml:2:40: 'network.nodes' must be an integer from 1 to 50000000, found 1e3")]
    [InlineData("{ generator: erdos-renyi, nodes: 10, mean-degree: 10 }", "s.yaml:2:60: 'network.mean-degree' must be a number from 0 to 9 (nodes - 1), found 10")]
    [InlineData("{ generator: erdos-renyi, nodes: 10, mean-degree: -1 }", "s.yaml:2:60: 'network.mean-degree' must be a number from 0 to 9 (nodes - 1), found -1")]
    [InlineData("{ generator: barabasi-albert, nodes: 10, m: 10 }", "s.yaml:2:54: 'network.m' must be an integer from 1 to 9 (less than nodes), found 10")]
    [InlineData("{ generator: barabasi-albert, nodes: 1, m: 1 }", "s.yaml:2:47: 'network.nodes' must be an integer from 2 to 50000000 for barabasi-albert, found 1")]
    [InlineData("{ generator: ring-lattice, nodes: 10, k: 3 }", "s.yaml:2:51: 'network.k' must be an even integer from 2 to 9 (less than nodes), found 3")]
    [InlineData("{ generator: ring-lattice, nodes: 10, k: 10 }", "s.yaml:2:51: 'network.k' must be an even integer from 2 to 9 (less than nodes), found 10")]
    [InlineData("{ generator: watts-strogatz, nodes: 10, k: 0, rewire: 0.1 }", "s.yaml:2:53: 'network.k' must be an even integer from 2 to 9 (less than nodes), found 0")]
    [InlineData("{ generator: watts-strogatz, nodes: 10, k: 2, rewire: 1.01 }", "s.yaml:2:64: 'network.rewire' must be a number from 0 to 1, found 1.01")]
    [InlineData("{ generator: watts-strogatz, nodes: 10, k: 2 }", "s.yaml:2:1: missing required key 'network.rewire' (generator watts-strogatz)")]
    [InlineData("{ generator: complete, nodes: 100000 }", "s.yaml:2:40: 'network.nodes' is too large: a complete network of 100000 nodes would have about 9999900000 directed ties, more than the limit of 2000000000")]
    [InlineData("{ generator: complete, nodes: 10, directed: true }", "s.yaml:2:44: 'directed' is not a parameter of generator complete (it belongs to file)")]
    [InlineData("{ generator: file }", "s.yaml:2:1: missing required key 'network.path'")]
    public void Generator_parameters_are_checked(string network, string expected) => Assert.Equal(expected, Problem(network));

    [Fact]
    public void A_node_count_is_refused_for_a_file()
    {
        string[] problems = ScenarioText.Problems("name: a\nnetwork: { generator: file, path: x.csv, nodes: 10 }" + Model);

        Assert.Equal(
            [
                "s.yaml:2:35: 'network.path' names no file: 'x.csv' does not exist in the scenario's folder",
                "s.yaml:2:49: 'network.nodes' must be the path of a node file (.csv) for generator file, which takes its node count from the network file, found 10",
            ],
            problems);
    }

    [Fact]
    public void Unknown_generator_still_rejects_unknown_keys()
    {
        string[] problems = ScenarioText.Problems("name: a\nnetwork: { generator: grid, nodes: 10, size: 3 }" + Model);

        Assert.Equal(
            [
                "s.yaml:2:23: 'network.generator' must be one of erdos-renyi, barabasi-albert, watts-strogatz, ring-lattice, complete, star, path, stochastic-block, configuration, powerlaw-cluster, file, found 'grid'",
                "s.yaml:2:40: unknown key 'size' in 'network' (expected one of: generator, nodes, mean-degree, m, k, rewire, blocks, p-in, p-out, degrees, power-law, triad, path, directed)",
            ],
            problems);
    }
}
