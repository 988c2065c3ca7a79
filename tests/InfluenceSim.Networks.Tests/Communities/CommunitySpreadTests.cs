using InfluenceSim.Networks.Communities;
using InfluenceSim.Networks.Generators;
using InfluenceSim.Networks.Tests.Centrality;

namespace InfluenceSim.Networks.Tests.Communities;

public sealed class CommunitySpreadTests
{
    // Community 5 = {0, 1, 2, 3} (size 4), community 1 = {4, 5, 6}, community 0 = {7, 8, 9} (size 3 each).
    private static readonly int[] HandCommunities = [5, 5, 5, 5, 1, 1, 1, 0, 0, 0];

    [Fact]
    public void Takes_each_communitys_best_round_robin_by_community_size_then_id()
    {
        // Degrees: 0:2 1:2 2:3 3:1 | 4:1 5:2 6:2 | 7:1 8:2 9:2. Community order: 5 (largest), then 0
        // before 1 (same size, lower id). Inside: 5 -> 2, 0, 1, 3; 0 -> 8, 9, 7; 1 -> 5, 6, 4.
        var network = HandNetwork(communities: null);

        Assert.Equal([2, 8, 5, 0, 9, 6, 1, 7, 4, 3], CommunitySpread.Seeds(network, 10, HandCommunities));
        Assert.Equal([2, 8, 5, 0], CommunitySpread.Seeds(network, 4, HandCommunities));
        Assert.Equal(10, CommunitySpread.Seeds(network, 25, HandCommunities).Length);
        Assert.Empty(CommunitySpread.Seeds(network, 0, HandCommunities));
    }

    [Fact]
    public void Uses_the_networks_community_attribute_when_present()
    {
        var network = HandNetwork(HandCommunities);

        Assert.Equal([2, 8, 5, 0, 9], CommunitySpread.Seeds(network, 5));
    }

    [Fact]
    public void Falls_back_to_label_propagation()
    {
        // Barbell cliques 0..5 and 6..11 (bridge 5-11, the highest degree in each).
        var barbell = TestNetworks.Barbell(6, bridgeFrom: 5, bridgeTo: 11);

        Assert.Equal([5, 11, 0, 6, 1], CommunitySpread.Seeds(barbell, 5));
    }

    [Fact]
    public void Bad_communities_are_refused()
    {
        var network = HandNetwork(communities: null);

        Assert.Throws<ArgumentException>(() => CommunitySpread.Seeds(network, 3, [0, 1]));
        Assert.Throws<ArgumentException>(() => CommunitySpread.Seeds(network, 3, [0, 0, 0, 0, 0, 0, 0, 0, 0, -1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => CommunitySpread.Seeds(network, -1, HandCommunities));
    }

    [Fact]
    public void Is_deterministic_and_completes_on_200k_nodes()
    {
        var network = NetworkGenerators.BarabasiAlbert(200_000, 3, seed: 6);

        int[] seeds = CommunitySpread.Seeds(network, 100);

        Assert.Equal(100, seeds.Distinct().Count());
        Assert.Equal(seeds, CommunitySpread.Seeds(network, 100));
    }

    private static Network HandNetwork(int[]? communities)
    {
        var builder = new NetworkBuilder(10, directed: false) { Communities = communities };
        foreach (var (u, v) in new[] { (2, 0), (2, 1), (2, 3), (0, 1), (4, 5), (5, 6), (7, 8), (8, 9), (6, 9) })
        {
            builder.AddTie(u, v);
        }

        return builder.Build();
    }
}
