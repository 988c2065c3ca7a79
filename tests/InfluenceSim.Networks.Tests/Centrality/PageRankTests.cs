using InfluenceSim.Networks.Centrality;
using InfluenceSim.Networks.Generators;
using QuikGraph;
using QuikGraph.Algorithms.Ranking;

namespace InfluenceSim.Networks.Tests.Centrality;

public sealed class PageRankTests
{
    private const double D = 0.85;

    [Fact]
    public void A_tie_into_a_dangling_node_matches_the_closed_form()
    {
        // x0 = (1-d)/2 + d x1/2 and x0 + x1 = 1 give x0 = 1/(2+d), x1 = (1+d)/(2+d).
        double[] rank = PageRank.Compute(TestNetworks.From(2, directed: true, (0, 1)));

        Assert.Equal(1 / (2 + D), rank[0], 1e-9);
        Assert.Equal((1 + D) / (2 + D), rank[1], 1e-9);
    }

    [Fact]
    public void A_small_directed_network_with_a_dangling_node_matches_the_closed_form()
    {
        // 0->1, 0->2, 1->2; node 2 dangling. Every node receives c = (1-d)/3 + d x2/3, so
        // x0 = c, x1 = c(1 + d/2), x2 = c(1 + 3d/2 + d^2/2), and the sum 1 gives c = 1/(3 + 2d + d^2/2).
        double[] rank = PageRank.Compute(TestNetworks.From(3, directed: true, (0, 1), (0, 2), (1, 2)));

        double c = 1 / (3 + (2 * D) + (D * D / 2));
        Assert.Equal(c, rank[0], 1e-9);
        Assert.Equal(c * (1 + (D / 2)), rank[1], 1e-9);
        Assert.Equal(c * (1 + (1.5 * D) + (D * D / 2)), rank[2], 1e-9);
    }

    [Theory]
    [InlineData(4, 0.85)]
    [InlineData(10, 0.85)]
    [InlineData(10, 0.5)]
    public void A_star_matches_the_closed_form(int leaves, double damping)
    {
        // centre: xc = (1-d)/n + d L xl; leaf: xl = (1-d)/n + d xc / L; so xc = (1 + dL) / (n (1 + d)).
        int n = leaves + 1;
        double[] rank = PageRank.Compute(NetworkGenerators.Star(n), damping);

        double centre = (1 + (damping * leaves)) / (n * (1 + damping));
        Assert.Equal(centre, rank[0], 1e-9);
        for (int leaf = 1; leaf < n; leaf++)
        {
            Assert.Equal((1 - centre) / leaves, rank[leaf], 1e-9);
        }
    }

    [Fact]
    public void A_regular_network_has_uniform_rank_and_a_path_is_symmetric()
    {
        Assert.All(PageRank.Compute(NetworkGenerators.RingLattice(12, 4)), r => Assert.Equal(1.0 / 12, r, 1e-12));

        double[] path = PageRank.Compute(NetworkGenerators.Path(7));
        for (int i = 0; i < 7; i++)
        {
            Assert.Equal(path[i], path[6 - i], 1e-12);
        }

        Assert.True(path[1] > path[0]);
    }

    [Fact]
    public void Ranks_sum_to_one_with_dangling_and_isolated_nodes_and_damping_zero_is_uniform()
    {
        var network = TestNetworks.From(6, directed: true, (0, 1), (1, 2), (2, 1), (3, 1));

        Assert.Equal(1.0, PageRank.Compute(network).Sum(), 1e-12);
        Assert.All(PageRank.Compute(network, damping: 0), r => Assert.Equal(1.0 / 6, r, 1e-15));
    }

    [Fact]
    public void The_same_network_gives_bitwise_identical_ranks()
    {
        var first = PageRank.Compute(NetworkGenerators.BarabasiAlbert(2_000, 3, seed: 5));
        var second = PageRank.Compute(NetworkGenerators.BarabasiAlbert(2_000, 3, seed: 5));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Bad_arguments_are_refused_and_an_empty_network_has_no_ranks()
    {
        var star = NetworkGenerators.Star(3);

        Assert.Throws<ArgumentOutOfRangeException>(() => PageRank.Compute(star, damping: 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PageRank.Compute(star, damping: double.NaN));
        Assert.Empty(PageRank.Compute(new NetworkBuilder(0, directed: true).Build()));
    }

    [Fact]
    public void QuikGraph_agrees_divided_by_n_on_an_undirected_network_without_dangling_nodes()
    {
        var network = NetworkGenerators.BarabasiAlbert(500, 2, seed: 11);

        AssertAgreesWithQuikGraph(network);
    }

    [Fact]
    public void QuikGraph_agrees_divided_by_n_on_a_directed_network_where_every_node_has_an_out_tie()
    {
        var network = TestNetworks.From(5, directed: true, (0, 1), (0, 2), (1, 2), (2, 0), (2, 3), (3, 4), (4, 0), (4, 2));

        AssertAgreesWithQuikGraph(network);
    }

    [Fact]
    public void QuikGraph_differs_where_a_node_has_no_out_tie_because_it_drops_the_dangling_rank()
    {
        var network = TestNetworks.From(2, directed: true, (0, 1));

        double[] quikGraph = QuikGraphRanks(network);

        // QuikGraph: x0 = 1-d, x1 = (1-d) + d(1-d); the rank reaching node 1 leaks away.
        Assert.Equal(1 - D, quikGraph[0], 1e-12);
        Assert.Equal((1 - D) * (1 + D), quikGraph[1], 1e-12);
        Assert.NotEqual(PageRank.Compute(network)[1], quikGraph[1] / 2, 1e-3);
    }

    private static void AssertAgreesWithQuikGraph(Network network)
    {
        double[] ours = PageRank.Compute(network);
        double[] quikGraph = QuikGraphRanks(network);
        for (int node = 0; node < network.NodeCount; node++)
        {
            Assert.Equal(quikGraph[node] / network.NodeCount, ours[node], 1e-9);
        }
    }

    private static double[] QuikGraphRanks(Network network)
    {
        var algorithm = new PageRankAlgorithm<int, TaggedEdge<int, double>>(QuikGraphAdapter.ToBidirectionalGraph(network))
        {
            Damping = D,
            Tolerance = 1e-14,
            MaxIterations = 2_000,
        };
        algorithm.Compute();
        return Enumerable.Range(0, network.NodeCount).Select(node => algorithm.Ranks[node]).ToArray();
    }
}
