using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class PowerLawClusterTests
{
    [Theory]
    [InlineData(10, 1, 0.5)]
    [InlineData(1_000, 3, 0.9)]
    [InlineData(5_000, 5, 1.0)]
    [InlineData(6, 5, 0.3)]
    [InlineData(2_000, 4, 0.0)]
    public void Tie_count_is_the_clique_plus_m_per_new_node(int nodes, int m, double triad)
    {
        var network = NetworkGenerators.PowerLawCluster(nodes, m, triad, 11);

        long undirected = ((long)m * (m + 1) / 2) + ((long)(nodes - m - 1) * m);
        Assert.Equal(2 * undirected, network.TieCount);
        NetworkChecks.AssertSimple(network);
    }

    [Fact]
    public void The_initial_nodes_form_a_clique_and_each_new_node_ties_back_exactly_m_times()
    {
        const int m = 4;
        var network = NetworkGenerators.PowerLawCluster(3_000, m, 0.7, 5);

        for (int node = 0; node < network.NodeCount; node++)
        {
            int back = network.OutNeighbours(node).ToArray().Count(other => other < node);
            Assert.Equal(node <= m ? node : m, back);
        }
    }

    [Fact]
    public void Triad_formation_raises_clustering_well_above_barabasi_albert_on_the_same_size()
    {
        var holmeKim = NetworkStatistics.Compute(NetworkGenerators.PowerLawCluster(10_000, 3, 0.8, 2));
        var barabasiAlbert = NetworkStatistics.Compute(NetworkGenerators.BarabasiAlbert(10_000, 3, 2));

        Assert.True(holmeKim.AverageClustering > 0.2, $"Holme-Kim average clustering {holmeKim.AverageClustering}");
        Assert.True(holmeKim.AverageClustering > 5 * barabasiAlbert.AverageClustering, $"Holme-Kim {holmeKim.AverageClustering}, Barabasi-Albert {barabasiAlbert.AverageClustering}");
        Assert.True(holmeKim.Transitivity > 2 * barabasiAlbert.Transitivity, $"Holme-Kim {holmeKim.Transitivity}, Barabasi-Albert {barabasiAlbert.Transitivity}");
    }

    [Fact]
    public void Preferential_attachment_still_grows_hubs()
    {
        var network = NetworkGenerators.PowerLawCluster(20_000, 2, 0.5, 1);

        Assert.True(Enumerable.Range(0, network.NodeCount).Max(network.OutDegree) > 100);
    }

    [Fact]
    public void Same_seed_gives_the_same_ties_and_another_seed_other_ties()
    {
        var first = NetworkChecks.TieList(NetworkGenerators.PowerLawCluster(1_000, 3, 0.5, 1));

        Assert.Equal(first, NetworkChecks.TieList(NetworkGenerators.PowerLawCluster(1_000, 3, 0.5, 1)));
        Assert.NotEqual(first, NetworkChecks.TieList(NetworkGenerators.PowerLawCluster(1_000, 3, 0.5, 2)));
    }

    [Fact]
    public void Two_hundred_thousand_nodes_build_in_near_linear_time()
    {
        var network = NetworkGenerators.PowerLawCluster(200_000, 5, 0.5, 2);

        Assert.Equal(2 * ((5 * 6 / 2) + (199_994L * 5)), network.TieCount);
    }

    [Theory]
    [InlineData(10, 0, 0.5, "m must be from 1 to nodes - 1 (9), found 0")]
    [InlineData(10, 10, 0.5, "m must be from 1 to nodes - 1 (9), found 10")]
    [InlineData(10, 2, 1.5, "triad must be a probability from 0 to 1, found 1.5")]
    public void Bad_arguments_name_the_argument_and_the_range(int nodes, int m, double triad, string message)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => NetworkGenerators.PowerLawCluster(nodes, m, triad, 1));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
