using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class WattsStrogatzTests
{
    [Fact]
    public void Rewire_zero_is_the_ring_lattice()
    {
        var network = NetworkGenerators.WattsStrogatz(100, 6, 0, 3);

        Assert.Equal(NetworkChecks.TieList(NetworkGenerators.RingLattice(100, 6)), NetworkChecks.TieList(network));
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public void Rewiring_keeps_the_tie_count_and_simplicity(double rewire)
    {
        var network = NetworkGenerators.WattsStrogatz(2_000, 8, rewire, 4);
        var lattice = NetworkGenerators.RingLattice(2_000, 8);

        Assert.Equal(lattice.TieCount, network.TieCount);
        NetworkChecks.AssertSimple(network);
        Assert.NotEqual(NetworkChecks.TieList(lattice), NetworkChecks.TieList(network));
    }

    [Fact]
    public void About_a_rewire_share_of_ties_leave_the_lattice()
    {
        var network = NetworkGenerators.WattsStrogatz(10_000, 10, 0.2, 8);
        var lattice = NetworkGenerators.RingLattice(10_000, 10);

        int kept = 0;
        for (int u = 0; u < network.NodeCount; u++)
        {
            foreach (int v in network.OutNeighbours(u))
            {
                kept += lattice.OutNeighbours(u).BinarySearch(v) >= 0 ? 1 : 0;
            }
        }

        Assert.InRange(1.0 - ((double)kept / network.TieCount), 0.18, 0.22);
    }

    [Fact]
    public void Nodes_tied_to_everyone_are_not_rewired()
    {
        var network = NetworkGenerators.WattsStrogatz(7, 6, 1.0, 1);

        Assert.Equal(NetworkChecks.TieList(NetworkGenerators.Complete(7)), NetworkChecks.TieList(network));
    }

    [Fact]
    public void Same_seed_gives_the_same_ties_and_another_seed_other_ties()
    {
        var first = NetworkChecks.TieList(NetworkGenerators.WattsStrogatz(1_000, 4, 0.3, 1));

        Assert.Equal(first, NetworkChecks.TieList(NetworkGenerators.WattsStrogatz(1_000, 4, 0.3, 1)));
        Assert.NotEqual(first, NetworkChecks.TieList(NetworkGenerators.WattsStrogatz(1_000, 4, 0.3, 2)));
    }

    [Fact]
    public void Two_hundred_thousand_nodes_build_in_linear_time()
    {
        var network = NetworkGenerators.WattsStrogatz(200_000, 10, 0.1, 2);

        Assert.Equal(2_000_000, network.TieCount);
    }
}
