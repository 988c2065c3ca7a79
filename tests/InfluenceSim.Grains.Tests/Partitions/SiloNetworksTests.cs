using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Grains.Tests.Partitions;

/// <summary>A silo's networks keep a partition's whole slice and the run's lane shelf for the run's later replicate batches, start afresh from a half-joined slice, forget a run's slices and shelf, and hold a partition's node-grain share until the partition ends it.</summary>
public sealed class SiloNetworksTests
{
    [Fact]
    public void A_whole_slice_is_handed_to_the_next_batch_and_forgotten_with_its_run()
    {
        var networks = new SiloNetworks();
        var rows = networks.For("run", 2, 2);
        rows.Add(Row(2));
        rows.Add(Row(3));

        Assert.True(rows.Complete);
        Assert.Same(rows, networks.For("run", 2, 2));
        Assert.NotSame(rows, networks.For("other run", 2, 2));
        Assert.NotSame(rows, networks.For("run", 2, 1));

        networks.Forget("run");

        Assert.False(networks.For("run", 2, 2).Complete);
    }

    [Fact]
    public void A_run_s_batches_share_one_lane_shelf_forgotten_with_the_run()
    {
        var networks = new SiloNetworks();
        var lanes = networks.Lanes("run");

        Assert.Same(lanes, networks.Lanes("run"));
        Assert.NotSame(lanes, networks.Lanes("other run"));

        networks.Forget("run");

        Assert.NotSame(lanes, networks.Lanes("run"));
    }

    [Fact]
    public void A_slice_an_abandoned_attempt_left_half_joined_is_started_again()
    {
        var networks = new SiloNetworks();
        var abandoned = networks.For("run", 0, 2);
        abandoned.Add(Row(0));

        var again = networks.For("run", 0, 2);

        Assert.NotSame(abandoned, again);
        again.Add(Row(0));
        again.Add(Row(1));
        Assert.True(again.Complete);
    }

    [Fact]
    public void A_partition_s_node_grains_find_their_share_until_the_partition_ends_it()
    {
        var networks = new SiloNetworks();
        var setup = new NodeSetup(new ModelSettings(ModelCatalogue.IndependentCascade, new Dictionary<string, Distribution>()), 1, 3);
        var share = networks.BeginNodeGrains("run", 1, setup);
        var chunk = new TieChunk(new NetworkSlice([Row(4)]));
        share.Add(0, chunk);

        Assert.Same(share, networks.NodeGrains("run", 1));
        Assert.Same(chunk, networks.NodeGrains("run", 1).Chunk(0));
        Assert.Equal(3, share.CreateBlock(4, chunk).Replicates);
        Assert.Throws<InvalidOperationException>(() => share.Add(0, chunk));
        Assert.Throws<InvalidOperationException>(() => networks.NodeGrains("run", 0));

        networks.EndNodeGrains("run", 1);

        Assert.Throws<InvalidOperationException>(() => networks.NodeGrains("run", 1));
    }

    private static NodeJoin Row(int node) => new(node, [], null, [], null, null, -1);
}
