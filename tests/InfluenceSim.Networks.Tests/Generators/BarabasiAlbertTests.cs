using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class BarabasiAlbertTests
{
    [Theory]
    [InlineData(10, 1)]
    [InlineData(1_000, 3)]
    [InlineData(5_000, 5)]
    [InlineData(6, 5)]
    public void Tie_count_is_the_clique_plus_m_per_new_node(int nodes, int m)
    {
        var network = NetworkGenerators.BarabasiAlbert(nodes, m, 11);

        long undirected = ((long)m * (m + 1) / 2) + ((long)(nodes - m - 1) * m);
        Assert.Equal(2 * undirected, network.TieCount);
        NetworkChecks.AssertSimple(network);
    }

    [Fact]
    public void Every_node_has_degree_at_least_m_and_new_nodes_exactly_m_ties_back()
    {
        const int m = 4;
        var network = NetworkGenerators.BarabasiAlbert(3_000, m, 5);

        for (int node = 0; node < network.NodeCount; node++)
        {
            Assert.True(network.OutDegree(node) >= m, $"node {node} has degree {network.OutDegree(node)}");
            if (node > m)
            {
                Assert.Equal(m, network.OutNeighbours(node).ToArray().Count(other => other < node));
            }
        }
    }

    [Fact]
    public void The_initial_nodes_form_a_clique()
    {
        var network = NetworkGenerators.BarabasiAlbert(50, 3, 9);

        for (int u = 0; u <= 3; u++)
        {
            for (int v = 0; v <= 3; v++)
            {
                Assert.Equal(u != v, network.OutNeighbours(u).BinarySearch(v) >= 0);
            }
        }
    }

    [Fact]
    public void Preferential_attachment_grows_hubs()
    {
        var network = NetworkGenerators.BarabasiAlbert(20_000, 2, 1);

        int maxDegree = Enumerable.Range(0, network.NodeCount).Max(network.OutDegree);
        Assert.True(maxDegree > 100, $"max degree {maxDegree}");
    }

    [Fact]
    public void Same_seed_gives_the_same_ties_and_another_seed_other_ties()
    {
        var first = NetworkChecks.TieList(NetworkGenerators.BarabasiAlbert(1_000, 3, 1));

        Assert.Equal(first, NetworkChecks.TieList(NetworkGenerators.BarabasiAlbert(1_000, 3, 1)));
        Assert.NotEqual(first, NetworkChecks.TieList(NetworkGenerators.BarabasiAlbert(1_000, 3, 2)));
    }

    [Fact]
    public void Two_hundred_thousand_nodes_build_in_linear_time()
    {
        var network = NetworkGenerators.BarabasiAlbert(200_000, 5, 2);

        Assert.Equal(2 * ((5 * 6 / 2) + (199_994L * 5)), network.TieCount);
    }
}
