using System.Collections.Concurrent;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The read-only network a silo holds for the runs whose partitions it hosts in <c>blocks</c>
/// (docs/architecture.md "Hostings"): each partition's rows once, shared by every replicate batch
/// of the run that finds them whole on this silo. One per silo, registered in the silo's services
/// (in-process test silos share statics, real silos do not, so this is never a static).
/// </summary>
public sealed class SiloNetworks
{
    private readonly ConcurrentDictionary<(string NetworkId, int FirstNode, int Count), PartitionRows> _rows = new();

    /// <summary>
    /// The rows of network <paramref name="networkId"/>'s <paramref name="count"/> nodes from <paramref name="firstNode"/> on:
    /// the whole rows an earlier batch left, or new empty ones (replacing what an abandoned attempt left half joined).
    /// </summary>
    internal PartitionRows For(string networkId, int firstNode, int count) =>
        _rows.AddOrUpdate((networkId, firstNode, count), _ => new PartitionRows(firstNode, count), (_, held) => held.Complete ? held : new PartitionRows(firstNode, count));

    /// <summary>Forgets every slice of network <paramref name="networkId"/> at the end of its run.</summary>
    internal void Forget(string networkId)
    {
        foreach (var key in _rows.Keys)
        {
            if (key.NetworkId == networkId)
            {
                _rows.TryRemove(key, out _);
            }
        }
    }
}
