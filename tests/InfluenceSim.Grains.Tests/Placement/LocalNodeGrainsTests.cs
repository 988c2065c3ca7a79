using System.Net;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Grains.Placement;

namespace InfluenceSim.Grains.Tests.Placement;

/// <summary>The node grains a silo's partitions enter are answered with that silo until they are forgotten.</summary>
public sealed class LocalNodeGrainsTests
{
    private static readonly SiloAddress Local = SiloAddress.New(IPAddress.Loopback, 11111, 1);
    private static readonly SiloAddress Other = SiloAddress.New(IPAddress.Loopback, 11112, 2);

    [Fact]
    public void An_entered_node_is_answered_with_the_local_silo_and_nothing_else_is()
    {
        var nodes = new LocalNodeGrains(Local);

        nodes.Place(Node(7));

        Assert.True(nodes.TryGet(Node(7), out var address));
        Assert.Equal(Node(7), address.GrainId);
        Assert.Equal(Local, address.SiloAddress);
        Assert.False(nodes.TryGet(Node(8), out _));
        Assert.False(nodes.TryGet(Node(7, "other-run"), out _));
    }

    [Fact]
    public void A_forgotten_node_is_no_longer_answered()
    {
        var nodes = new LocalNodeGrains(Local);
        nodes.Place(Node(7));
        nodes.Place(Node(8));

        Assert.True(nodes.Forget(Node(7)));

        Assert.False(nodes.TryGet(Node(7), out _));
        Assert.True(nodes.TryGet(Node(8), out _));
        Assert.Equal(1, nodes.Count);
    }

    [Fact]
    public void An_address_on_another_silo_does_not_remove_the_entered_one_and_a_matching_one_does()
    {
        var nodes = new LocalNodeGrains(Local);
        nodes.Place(Node(7));

        Assert.False(nodes.Forget(new GrainAddress { GrainId = Node(7), SiloAddress = Other }));
        Assert.True(nodes.TryGet(Node(7), out _));

        Assert.True(nodes.Forget(new GrainAddress { GrainId = Node(7), SiloAddress = Local }));
        Assert.Equal(0, nodes.Count);
    }

    private static GrainId Node(int node, string runId = "run") =>
        GrainId.Create(GrainType.Create("node"), NodeGrainReferences.Key(node, System.Text.Encoding.UTF8.GetBytes(runId)));
}
