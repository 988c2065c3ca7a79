using InfluenceSim.Networks.Communities;
using InfluenceSim.Networks.Generators;
using InfluenceSim.Networks.Tests.Centrality;

namespace InfluenceSim.Networks.Tests.Communities;

public sealed class LabelPropagationTests
{
    [Fact]
    public void Finds_the_two_cliques_of_a_barbell()
    {
        // Cliques 0..5 and 6..11, bridge 5-11.
        var barbell = TestNetworks.Barbell(6, bridgeFrom: 5, bridgeTo: 11);

        Assert.Equal([0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1], LabelPropagation.Communities(barbell));
    }

    [Fact]
    public void Finds_disjoint_cliques_and_numbers_them_by_smallest_member()
    {
        // Triangles {1, 3, 5} and {0, 2, 4}: the one holding node 0 is community 0.
        var network = TestNetworks.From(8, directed: false, (1, 3), (1, 5), (3, 5), (0, 2), (0, 4), (2, 4));

        Assert.Equal([0, 1, 0, 1, 0, 1, 2, 3], LabelPropagation.Communities(network));
    }

    [Fact]
    public void Ascending_sweeps_with_smallest_label_ties_flood_a_bridge_into_a_clique_of_higher_ids()
    {
        // The documented rule, pinned: cliques 0..4 and 5..9 with the bridge 4-5. In the first
        // sweep node 5 sees label 1 (from across the bridge) and 6, 7, 8, 9 once each, takes the
        // smallest, and its clique follows.
        var barbell = TestNetworks.Barbell(5, bridgeFrom: 4, bridgeTo: 5);

        Assert.All(LabelPropagation.Communities(barbell), c => Assert.Equal(0, c));
    }

    [Fact]
    public void A_directed_network_is_read_as_undirected()
    {
        var directed = TestNetworks.From(6, directed: true, (0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (3, 5));
        var undirected = TestNetworks.From(6, directed: false, (0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3));

        Assert.Equal([0, 0, 0, 1, 1, 1], LabelPropagation.Communities(directed));
        Assert.Equal(LabelPropagation.Communities(undirected), LabelPropagation.Communities(directed));
    }

    [Fact]
    public void Isolated_nodes_keep_their_own_community_and_an_empty_network_has_none()
    {
        Assert.Equal([0, 1, 2], LabelPropagation.Communities(new NetworkBuilder(3, directed: false).Build()));
        Assert.Empty(LabelPropagation.Communities(new NetworkBuilder(0, directed: false).Build()));
    }

    [Fact]
    public void The_same_network_gives_the_same_communities()
    {
        var network = NetworkGenerators.WattsStrogatz(5_000, 6, 0.05, seed: 4);

        Assert.Equal(LabelPropagation.Communities(network), LabelPropagation.Communities(network));
    }

    [Fact]
    public void Completes_on_200k_nodes_and_a_200k_path()
    {
        int[] communities = LabelPropagation.Communities(NetworkGenerators.WattsStrogatz(200_000, 10, 0.05, seed: 1));

        Assert.Equal(200_000, communities.Length);
        Assert.Equal(0, communities[0]);
        Assert.All(LabelPropagation.Communities(NetworkGenerators.Path(200_000)), c => Assert.Equal(0, c));
    }
}
