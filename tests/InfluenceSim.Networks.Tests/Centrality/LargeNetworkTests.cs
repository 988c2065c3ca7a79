using InfluenceSim.Networks.Centrality;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Centrality;

/// <summary>The near-linear algorithms complete on 200k nodes, including a 200k-node path (no recursion).</summary>
public sealed class LargeNetworkTests
{
    private const int Nodes = 200_000;

    [Fact]
    public void PageRank_completes_on_200k_nodes()
    {
        double[] rank = PageRank.Compute(NetworkGenerators.ErdosRenyi(Nodes, 10, seed: 1));

        Assert.Equal(1.0, rank.Sum(), 1e-9);
        Assert.Equal(Nodes, CentralityRanking.TopByScore(rank, Nodes).Length);
    }

    [Fact]
    public void Core_decomposition_completes_on_200k_nodes_and_a_200k_path()
    {
        int[] coreness = CoreDecomposition.Coreness(NetworkGenerators.BarabasiAlbert(Nodes, 3, seed: 1));

        Assert.All(coreness, c => Assert.Equal(3, c));
        Assert.All(CoreDecomposition.Coreness(NetworkGenerators.Path(Nodes)), c => Assert.Equal(1, c));
    }

    [Fact]
    public void Sampled_betweenness_completes_on_200k_nodes_and_a_200k_path()
    {
        var network = NetworkGenerators.ErdosRenyi(Nodes, 10, seed: 2);

        Assert.Equal(10, CentralityRanking.BetweennessTop(network, 10, samples: 8, seed: 1).Length);
        double[] path = Betweenness.Compute(NetworkGenerators.Path(Nodes), samples: 4, seed: 1);
        Assert.Equal(0, path[0]);
        Assert.True(path[Nodes / 2] > 0);
    }
}
