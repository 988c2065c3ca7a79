using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Generators;

public sealed class SimpleGeneratorTests
{
    [Fact]
    public void Star_has_centre_zero_and_leaves()
    {
        var star = NetworkGenerators.Star(6);

        Assert.False(star.Directed);
        Assert.Equal(6, star.NodeCount);
        Assert.Equal(10, star.TieCount);
        Assert.Equal([1, 2, 3, 4, 5], NetworkChecks.Neighbours(star, 0));
        for (int leaf = 1; leaf < 6; leaf++)
        {
            Assert.Equal([0], NetworkChecks.Neighbours(star, leaf));
        }

        Assert.Null(star.Labels);
        Assert.True(star.Unweighted);
    }

    [Fact]
    public void Path_links_i_to_i_plus_one()
    {
        var path = NetworkGenerators.Path(5);

        Assert.Equal(8, path.TieCount);
        Assert.Equal([1], NetworkChecks.Neighbours(path, 0));
        Assert.Equal([0, 2], NetworkChecks.Neighbours(path, 1));
        Assert.Equal([1, 3], NetworkChecks.Neighbours(path, 2));
        Assert.Equal([2, 4], NetworkChecks.Neighbours(path, 3));
        Assert.Equal([3], NetworkChecks.Neighbours(path, 4));
    }

    [Fact]
    public void Ring_lattice_links_i_to_i_plus_minus_one_to_k_over_two()
    {
        var ring = NetworkGenerators.RingLattice(10, 4);

        Assert.Equal(40, ring.TieCount);
        Assert.Equal([1, 2, 8, 9], NetworkChecks.Neighbours(ring, 0));
        Assert.Equal([0, 2, 3, 9], NetworkChecks.Neighbours(ring, 1));
        Assert.Equal([3, 4, 6, 7], NetworkChecks.Neighbours(ring, 5));
        Assert.Equal([0, 1, 7, 8], NetworkChecks.Neighbours(ring, 9));
        for (int node = 0; node < 10; node++)
        {
            Assert.Equal(4, ring.OutDegree(node));
        }

        NetworkChecks.AssertSimple(ring);
    }

    [Fact]
    public void Ring_lattice_with_k_nodes_minus_one_is_complete()
    {
        var ring = NetworkGenerators.RingLattice(7, 6);

        Assert.Equal(NetworkChecks.TieList(NetworkGenerators.Complete(7)), NetworkChecks.TieList(ring));
    }

    [Fact]
    public void Ring_lattice_with_k_zero_has_no_ties()
    {
        var ring = NetworkGenerators.RingLattice(5, 0);

        Assert.Equal(5, ring.NodeCount);
        Assert.Equal(0, ring.TieCount);
    }

    [Fact]
    public void Complete_links_every_pair()
    {
        var complete = NetworkGenerators.Complete(5);

        Assert.Equal(20, complete.TieCount);
        Assert.Equal([1, 2, 3, 4], NetworkChecks.Neighbours(complete, 0));
        Assert.Equal([0, 1, 3, 4], NetworkChecks.Neighbours(complete, 2));
        Assert.Equal([0, 1, 2, 3], NetworkChecks.Neighbours(complete, 4));
        NetworkChecks.AssertSimple(complete);
    }

    [Fact]
    public void A_single_node_is_allowed()
    {
        Assert.Equal(0, NetworkGenerators.Star(1).TieCount);
        Assert.Equal(0, NetworkGenerators.Path(1).TieCount);
        Assert.Equal(0, NetworkGenerators.Complete(1).TieCount);
        Assert.Equal(0, NetworkGenerators.ErdosRenyi(1, 0, 1).TieCount);
    }
}
