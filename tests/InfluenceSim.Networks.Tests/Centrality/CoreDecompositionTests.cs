using InfluenceSim.Networks.Centrality;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Tests.Centrality;

public sealed class CoreDecompositionTests
{
    [Fact]
    public void A_clique_with_a_tail_and_an_isolated_node()
    {
        Assert.Equal([3, 3, 3, 3, 1, 1, 0], CoreDecomposition.Coreness(TestNetworks.CliqueWithTail()));
    }

    [Fact]
    public void Simple_shapes()
    {
        Assert.All(CoreDecomposition.Coreness(NetworkGenerators.Complete(6)), c => Assert.Equal(5, c));
        Assert.All(CoreDecomposition.Coreness(NetworkGenerators.Path(9)), c => Assert.Equal(1, c));
        Assert.All(CoreDecomposition.Coreness(NetworkGenerators.Star(9)), c => Assert.Equal(1, c));
        Assert.All(CoreDecomposition.Coreness(NetworkGenerators.RingLattice(20, 6)), c => Assert.Equal(6, c));
        Assert.Empty(CoreDecomposition.Coreness(new NetworkBuilder(0, directed: false).Build()));
    }

    [Fact]
    public void A_directed_network_counts_each_neighbour_once_whatever_the_direction()
    {
        // 0<->1, 1->2, 2->0: in the undirected view a triangle, so coreness 2 everywhere.
        var network = TestNetworks.From(4, directed: true, (0, 1), (1, 0), (1, 2), (2, 0), (3, 2));

        Assert.Equal([2, 2, 2, 1], CoreDecomposition.Coreness(network));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Matches_the_definition_on_random_networks(int seed)
    {
        var undirected = NetworkGenerators.ErdosRenyi(150, 6, seed);
        var directed = TestNetworks.RandomDirected(80, 0.06, seed);

        Assert.Equal(CorenessOracle.Coreness(undirected), CoreDecomposition.Coreness(undirected));
        Assert.Equal(CorenessOracle.Coreness(directed), CoreDecomposition.Coreness(directed));
    }
}
