using InfluenceSim.Networks.Centrality;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Centrality;

public sealed class BetweennessTests
{
    [Fact]
    public void A_path_gives_i_times_n_minus_1_minus_i()
    {
        Assert.Equal([0, 5, 8, 9, 8, 5, 0], Betweenness.Exact(NetworkGenerators.Path(7)));
    }

    [Fact]
    public void A_star_centre_lies_on_every_pair_of_leaves()
    {
        double[] scores = Betweenness.Exact(NetworkGenerators.Star(7));

        Assert.Equal(6 * 5 / 2, scores[0]);
        Assert.All(scores.Skip(1), s => Assert.Equal(0, s));
    }

    [Fact]
    public void Two_triangles_joined_by_a_bridge()
    {
        // 2 lies on the paths from {0, 1} to {3, 4, 5}; 3 on those from {0, 1, 2} to {4, 5}.
        Assert.Equal([0, 0, 6, 6, 0, 0], Betweenness.Exact(TestNetworks.TwoTrianglesWithBridge()));
    }

    [Fact]
    public void A_square_splits_each_opposite_pair_between_two_paths()
    {
        Assert.Equal([0.5, 0.5, 0.5, 0.5], Betweenness.Exact(NetworkGenerators.RingLattice(4, 2)));
    }

    [Fact]
    public void Directed_networks_follow_out_ties_and_count_ordered_pairs()
    {
        Assert.Equal([0, 1, 0], Betweenness.Exact(TestNetworks.From(3, directed: true, (0, 1), (1, 2))));
        Assert.Equal([1, 1, 1], Betweenness.Exact(TestNetworks.From(3, directed: true, (0, 1), (1, 2), (2, 0))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Exact_matches_the_definition_on_random_networks(int seed)
    {
        AssertClose(BetweennessOracle.Betweenness(NetworkGenerators.ErdosRenyi(40, 3, seed)), Betweenness.Exact(NetworkGenerators.ErdosRenyi(40, 3, seed)));
        var directed = TestNetworks.RandomDirected(35, 0.08, seed);
        AssertClose(BetweennessOracle.Betweenness(directed), Betweenness.Exact(directed));
    }

    [Fact]
    public void Sampled_with_as_many_samples_as_nodes_equals_exact()
    {
        var network = NetworkGenerators.BarabasiAlbert(300, 2, seed: 3);
        double[] exact = Betweenness.Exact(network);

        Assert.Equal(exact, Betweenness.Sampled(network, samples: 300, seed: 9));
        Assert.Equal(exact, Betweenness.Sampled(network, samples: 1_000, seed: 9));
        Assert.Equal(exact, Betweenness.Compute(network, samples: 10, seed: 9));
    }

    [Fact]
    public void Sampled_scales_the_pivots_dependencies_by_n_over_k()
    {
        // Every pivot of a star that is a leaf depends on the centre for the other 5 leaves;
        // the undirected halving and the n/k scaling are applied on top.
        var star = NetworkGenerators.Star(7);
        int[] pivots = Betweenness.Pivots(7, 3, seed: 4);
        double leafPivots = pivots.Count(p => p != 0);

        double[] scores = Betweenness.Sampled(star, samples: 3, seed: 4);

        Assert.Equal(leafPivots * 5 * 7 / 3 / 2, scores[0], 1e-12);
    }

    [Fact]
    public void Pivots_are_a_deterministic_ascending_sample_of_distinct_nodes()
    {
        int[] pivots = Betweenness.Pivots(10_000, 256, seed: 42);

        Assert.Equal(256, pivots.Length);
        Assert.Equal(pivots.Order(), pivots);
        Assert.Equal(256, pivots.Distinct().Count());
        Assert.All(pivots, p => Assert.InRange(p, 0, 9_999));
        Assert.Equal(pivots, Betweenness.Pivots(10_000, 256, seed: 42));
        Assert.NotEqual(pivots, Betweenness.Pivots(10_000, 256, seed: 43));
        Assert.Equal([0, 1, 2], Betweenness.Pivots(3, 5, seed: 1));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var path = NetworkGenerators.Path(3);

        Assert.Throws<ArgumentOutOfRangeException>(() => Betweenness.Sampled(path, samples: 0, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Betweenness.Compute(path, samples: 0, seed: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Betweenness.Pivots(-1, 3, seed: 1));
        Assert.Empty(Betweenness.Exact(new NetworkBuilder(0, directed: false).Build()));
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-9);
        }
    }
}
