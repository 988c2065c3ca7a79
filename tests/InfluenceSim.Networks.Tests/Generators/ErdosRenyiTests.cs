using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class ErdosRenyiTests
{
    /// <summary>
    /// Over 20,000 nodes with mean degree 10 the tie count is Binomial(n(n-1)/2, p): its standard
    /// deviation is about 316 undirected ties, i.e. 0.032 in mean degree; 0.15 is almost 5 of them.
    /// </summary>
    private const double MeanDegreeTolerance = 0.15;

    [Fact]
    public void Mean_degree_is_close_to_the_requested_one()
    {
        var network = NetworkGenerators.ErdosRenyi(20_000, 10, 42);

        double meanDegree = (double)network.TieCount / network.NodeCount;
        Assert.InRange(meanDegree, 10 - MeanDegreeTolerance, 10 + MeanDegreeTolerance);
        Assert.False(network.Directed);
        NetworkChecks.AssertSimple(network);
    }

    [Fact]
    public void Same_seed_gives_the_same_ties_and_another_seed_other_ties()
    {
        var first = NetworkChecks.TieList(NetworkGenerators.ErdosRenyi(2_000, 6, 1));
        var again = NetworkChecks.TieList(NetworkGenerators.ErdosRenyi(2_000, 6, 1));
        var other = NetworkChecks.TieList(NetworkGenerators.ErdosRenyi(2_000, 6, 2));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Mean_degree_zero_gives_no_ties()
    {
        var network = NetworkGenerators.ErdosRenyi(100, 0, 1);

        Assert.Equal(100, network.NodeCount);
        Assert.Equal(0, network.TieCount);
    }

    [Fact]
    public void Mean_degree_nodes_minus_one_gives_the_complete_network()
    {
        var network = NetworkGenerators.ErdosRenyi(30, 29, 1);

        Assert.Equal(NetworkChecks.TieList(NetworkGenerators.Complete(30)), NetworkChecks.TieList(network));
    }

    [Fact]
    public void Dense_graphs_stay_simple_and_near_the_requested_density()
    {
        var network = NetworkGenerators.ErdosRenyi(400, 300, 5);

        NetworkChecks.AssertSimple(network);
        Assert.InRange((double)network.TieCount / network.NodeCount, 297, 303);
    }

    [Fact]
    public void Every_pair_can_be_drawn()
    {
        var seen = new bool[6, 6];
        for (long seed = 0; seed < 200; seed++)
        {
            foreach (var (u, v, _) in NetworkGenerators.ErdosRenyi(6, 1, seed).Ties())
            {
                seen[u, v] = true;
            }
        }

        for (int u = 0; u < 6; u++)
        {
            for (int v = 0; v < 6; v++)
            {
                Assert.Equal(u != v, seen[u, v]);
            }
        }
    }

    [Fact]
    public void Two_hundred_thousand_nodes_of_mean_degree_ten_build_in_linear_time()
    {
        var network = NetworkGenerators.ErdosRenyi(200_000, 10, 3);

        Assert.Equal(200_000, network.NodeCount);
        Assert.InRange((double)network.TieCount / network.NodeCount, 9.9, 10.1);
    }
}
