using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class StochasticBlockTests
{
    /// <summary>Tie counts are binomial; a count within 4 standard errors of its mean passes (a false alarm about 1 in 16,000 per check).</summary>
    private const double StandardErrors = 4;

    [Fact]
    public void Community_sizes_are_exact_and_nodes_are_numbered_block_by_block()
    {
        var network = NetworkGenerators.StochasticBlock([300, 500, 200], 0.02, 0.001, 3);

        Assert.Equal(1_000, network.NodeCount);
        var communities = Assert.IsAssignableFrom<IReadOnlyList<int>>(network.Communities);
        Assert.Equal(Enumerable.Repeat(0, 300).Concat(Enumerable.Repeat(1, 500)).Concat(Enumerable.Repeat(2, 200)), communities);
        NetworkChecks.AssertSimple(network);
    }

    [Fact]
    public void Densities_inside_and_across_blocks_are_within_four_standard_errors()
    {
        int[] sizes = [400, 600, 1_000];
        const double pIn = 0.03;
        const double pOut = 0.002;
        var network = NetworkGenerators.StochasticBlock(sizes, pIn, pOut, 17);

        var ties = new long[3, 3];
        foreach (var (u, v, _) in network.Ties().Where(t => t.Source < t.Target))
        {
            ties[network.Communities![u], network.Communities[v]]++;
        }

        for (int a = 0; a < 3; a++)
        {
            AssertBinomial(ties[a, a], (long)sizes[a] * (sizes[a] - 1) / 2, pIn);
            for (int b = a + 1; b < 3; b++)
            {
                AssertBinomial(ties[a, b], (long)sizes[a] * sizes[b], pOut);
            }
        }
    }

    [Fact]
    public void Probability_one_inside_and_zero_across_gives_disjoint_cliques()
    {
        var network = NetworkGenerators.StochasticBlock([3, 4], 1, 0, 1);

        Assert.Equal(2 * (3 + 6), network.TieCount);
        Assert.Equal([1, 2], NetworkChecks.Neighbours(network, 0));
        Assert.Equal([4, 5, 6], NetworkChecks.Neighbours(network, 3));
    }

    [Fact]
    public void Probability_zero_inside_and_one_across_gives_the_complete_bipartite_network()
    {
        var network = NetworkGenerators.StochasticBlock([2, 3], 0, 1, 1);

        Assert.Equal(2 * 6, network.TieCount);
        Assert.Equal([2, 3, 4], NetworkChecks.Neighbours(network, 0));
        Assert.Equal([0, 1], NetworkChecks.Neighbours(network, 4));
    }

    [Fact]
    public void Every_pair_can_be_drawn_inside_and_across_blocks()
    {
        var seen = new bool[5, 5];
        for (long seed = 0; seed < 200; seed++)
        {
            foreach (var (u, v, _) in NetworkGenerators.StochasticBlock([2, 3], 0.3, 0.3, seed).Ties())
            {
                seen[u, v] = true;
            }
        }

        for (int u = 0; u < 5; u++)
        {
            for (int v = 0; v < 5; v++)
            {
                Assert.Equal(u != v, seen[u, v]);
            }
        }
    }

    [Fact]
    public void Same_seed_gives_the_same_ties_and_another_seed_other_ties()
    {
        var first = NetworkChecks.TieList(NetworkGenerators.StochasticBlock([200, 300], 0.05, 0.01, 1));

        Assert.Equal(first, NetworkChecks.TieList(NetworkGenerators.StochasticBlock([200, 300], 0.05, 0.01, 1)));
        Assert.NotEqual(first, NetworkChecks.TieList(NetworkGenerators.StochasticBlock([200, 300], 0.05, 0.01, 2)));
    }

    [Fact]
    public void Two_hundred_thousand_nodes_build_in_linear_time()
    {
        var network = NetworkGenerators.StochasticBlock([50_000, 50_000, 50_000, 50_000], 8.0 / 49_999, 2.0 / 150_000, 4);

        Assert.InRange((double)network.TieCount / network.NodeCount, 9.9, 10.1);
    }

    [Theory]
    [InlineData(new int[0], 0.1, 0.1, "blocks must list 1 to 10000 block sizes, found 0")]
    [InlineData(new[] { 5, 0 }, 0.1, 0.1, "block 1 must have at least 1 node, found 0")]
    [InlineData(new[] { 5 }, 1.5, 0.1, "p-in must be a probability from 0 to 1, found 1.5")]
    [InlineData(new[] { 5 }, 0.1, -0.1, "p-out must be a probability from 0 to 1, found -0.1")]
    public void Bad_arguments_name_the_argument_and_the_range(int[] sizes, double pIn, double pOut, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => NetworkGenerators.StochasticBlock(sizes, pIn, pOut, 1));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    private static void AssertBinomial(long count, long pairs, double p)
    {
        double mean = pairs * p;
        double tolerance = StandardErrors * Math.Sqrt(pairs * p * (1 - p));
        Assert.InRange(count, mean - tolerance, mean + tolerance);
    }
}
