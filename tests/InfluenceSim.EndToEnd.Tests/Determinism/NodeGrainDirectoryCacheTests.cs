using System.Net;
using InfluenceSim.Grains.Placement;
using InfluenceSim.Host;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>A silo's directory cache answers the node grains its partitions entered with the silo, and every other grain from Orleans' own cache.</summary>
public sealed class NodeGrainDirectoryCacheTests
{
    private static readonly SiloAddress Local = SiloAddress.New(IPAddress.Loopback, 21111, 3), Other = SiloAddress.New(IPAddress.Loopback, 21112, 3);

    [Fact]
    public void An_entered_node_grain_is_found_on_its_silo_until_Orleans_removes_it()
    {
        var (nodes, cache) = Cache();
        nodes.Place(Node(3));

        Assert.True(cache.LookUp(Node(3), out var address, out _));
        Assert.Equal(Local, address.SiloAddress);
        Assert.Contains(cache.KeyValues, entry => entry.ActivationAddress.GrainId == Node(3));

        Assert.True(cache.Remove(Node(3)));
        Assert.False(cache.LookUp(Node(3), out _, out _));
    }

    [Fact]
    public void Any_other_grain_is_cached_as_Orleans_caches_it()
    {
        var (_, cache) = Cache();
        var partition = GrainId.Create("partition", "0+run");

        Assert.False(cache.LookUp(partition, out _, out _));
        cache.AddOrUpdate(new GrainAddress { GrainId = partition, SiloAddress = Other }, 5);

        Assert.True(cache.LookUp(partition, out var address, out int version));
        Assert.Equal(Other, address.SiloAddress);
        Assert.Equal(5, version);
        Assert.False(cache.LookUp(Node(3), out _, out _));
    }

    [Fact]
    public void Clearing_the_cache_forgets_the_entered_node_grains_too()
    {
        var (nodes, cache) = Cache();
        nodes.Place(Node(3));

        cache.Clear();

        Assert.Equal(0, nodes.Count);
        Assert.False(cache.LookUp(Node(3), out _, out _));
    }

    private static (LocalNodeGrains Nodes, NodeGrainDirectoryCache Cache) Cache()
    {
        var nodes = new LocalNodeGrains(Local);
        return (nodes, new NodeGrainDirectoryCache(new ServiceCollection().BuildServiceProvider(), Options.Create(new GrainDirectoryOptions()), nodes));
    }

    private static GrainId Node(int node) => GrainId.Create("node", $"{node}+run");
}
