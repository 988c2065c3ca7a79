using System.Collections.Concurrent;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The read-only network a silo holds for the runs whose partitions it hosts in <c>blocks</c>
/// (docs/architecture.md "Hostings"): each partition's rows once, shared by every replicate batch
/// of that partition. One per silo, registered in the silo's services (in-process test silos share
/// statics, real silos do not, so this is never a static).
/// </summary>
public sealed class SiloNetworks
{
    private readonly ConcurrentDictionary<(string RunId, int Partition), PartitionRows> _rows = new();

    /// <summary>The rows of <paramref name="partition"/> of run <paramref name="runId"/>, which owns <paramref name="count"/> nodes from <paramref name="firstNode"/> on; empty at first.</summary>
    internal PartitionRows For(string runId, int partition, int firstNode, int count) =>
        _rows.GetOrAdd((runId, partition), _ => new PartitionRows(firstNode, count));

    /// <summary>Forgets a partition's rows at the end of its run.</summary>
    internal void Remove(string runId, int partition) => _rows.TryRemove((runId, partition), out _);
}
