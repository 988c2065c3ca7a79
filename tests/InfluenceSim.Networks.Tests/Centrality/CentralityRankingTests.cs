using InfluenceSim.Networks.Centrality;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Centrality;

public sealed class CentralityRankingTests
{
    [Fact]
    public void TopByScore_orders_by_descending_score_then_lower_id()
    {
        double[] scores = [1, 3, 3, 2, 3, -1];

        Assert.Equal([1, 2, 4, 3], CentralityRanking.TopByScore(scores, 4));
        Assert.Equal([1, 2, 4, 3, 0, 5], CentralityRanking.TopByScore(scores, 100));
        Assert.Empty(CentralityRanking.TopByScore(scores, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CentralityRanking.TopByScore(scores, -1));
    }

    [Fact]
    public void TopByScore_agrees_with_a_full_sort_on_many_ties()
    {
        double[] scores = Enumerable.Range(0, 5_000).Select(i => (double)((i * 7919) % 13)).ToArray();
        int[] sorted = Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();

        Assert.Equal(sorted.Take(777), CentralityRanking.TopByScore(scores, 777));
    }

    [Fact]
    public void TopByDegree_uses_out_degree_then_lower_id()
    {
        var network = TestNetworks.From(5, directed: true, (3, 0), (3, 1), (1, 0), (1, 2), (4, 0));

        Assert.Equal([1, 3, 4, 0, 2], CentralityRanking.TopByDegree(network, 5));
        Assert.Equal([0, 1, 2], CentralityRanking.TopByDegree(NetworkGenerators.Star(6), 3));
    }

    [Fact]
    public void PageRankTop_ranks_the_hand_checked_networks()
    {
        Assert.Equal([0, 1, 2, 3], CentralityRanking.PageRankTop(NetworkGenerators.Star(6), 4));
        Assert.Equal([2, 1, 0], CentralityRanking.PageRankTop(TestNetworks.From(3, directed: true, (0, 1), (0, 2), (1, 2)), 3));
    }

    [Fact]
    public void CoreTop_orders_by_coreness_then_degree_then_lower_id()
    {
        // Clique 0..3 (coreness 3; node 3 also has the tail, degree 4), tail 4 (degree 2) and 5 (degree 1), isolated 6.
        Assert.Equal([3, 0, 1, 2, 4, 5, 6], CentralityRanking.CoreTop(TestNetworks.CliqueWithTail(), 10));
    }

    [Fact]
    public void BetweennessTop_ranks_the_bridge_ends_first()
    {
        Assert.Equal([2, 3, 0], CentralityRanking.BetweennessTop(TestNetworks.TwoTrianglesWithBridge(), 3, samples: 256, seed: 1));
        Assert.Equal([3, 2, 4], CentralityRanking.BetweennessTop(NetworkGenerators.Path(7), 3, samples: 256, seed: 1));
    }

    [Fact]
    public void Rankings_are_deterministic()
    {
        var network = NetworkGenerators.BarabasiAlbert(3_000, 2, seed: 8);

        Assert.Equal(CentralityRanking.PageRankTop(network, 50), CentralityRanking.PageRankTop(network, 50));
        Assert.Equal(CentralityRanking.CoreTop(network, 50), CentralityRanking.CoreTop(network, 50));
        Assert.Equal(CentralityRanking.BetweennessTop(network, 20, 64, 3), CentralityRanking.BetweennessTop(network, 20, 64, 3));
    }
}
