using System.Collections.Concurrent;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The read-only network a silo holds for the runs whose partitions it hosts in <c>blocks</c>
/// (docs/architecture.md "Hostings"): each partition's rows once, shared by every replicate batch
/// of the run that finds them whole on this silo, the node x lane arrays a finished batch's
/// blocks leave for the next batch (<see cref="LaneShelf"/>) and the run's mail memory (<see cref="MailShelf"/>); and, under <c>node-grains</c>, what the node grains of
/// each partition it hosts share (<see cref="NodeGrainShare"/>). One per silo, registered in the silo's services
/// (in-process test silos share statics, real silos do not, so this is never a static).
/// </summary>
public sealed class SiloNetworks
{
    private readonly ConcurrentDictionary<(string NetworkId, int FirstNode, int Count), PartitionRows> _rows = new();
    private readonly ConcurrentDictionary<string, LaneShelf> _lanes = new();
    private readonly ConcurrentDictionary<string, MailShelf> _mail = new();
    private readonly ConcurrentDictionary<(string RunId, int Partition), NodeGrainShare> _nodeGrains = new();

    /// <summary>
    /// The rows of network <paramref name="networkId"/>'s <paramref name="count"/> nodes from <paramref name="firstNode"/> on:
    /// the whole rows an earlier batch left, or new empty ones (replacing what an abandoned attempt left half joined).
    /// </summary>
    internal PartitionRows For(string networkId, int firstNode, int count) =>
        _rows.AddOrUpdate((networkId, firstNode, count), _ => new PartitionRows(firstNode, count), (_, held) => held.Complete ? held : new PartitionRows(firstNode, count));

    /// <summary>The state arrays the blocks of network <paramref name="networkId"/>'s batches hand on to each other on this silo.</summary>
    internal LaneShelf Lanes(string networkId) => _lanes.GetOrAdd(networkId, _ => new LaneShelf());

    /// <summary>The mail memory the partitions of network <paramref name="networkId"/>'s batches share and hand on to each other on this silo.</summary>
    internal MailShelf Mail(string networkId) => _mail.GetOrAdd(networkId, _ => new MailShelf());

    /// <summary>Forgets every slice of network <paramref name="networkId"/>, and its kept state arrays and mail memory, at the end of its run.</summary>
    internal void Forget(string networkId)
    {
        _lanes.TryRemove(networkId, out _);
        _mail.TryRemove(networkId, out _);
        foreach (var key in _rows.Keys)
        {
            if (key.NetworkId == networkId)
            {
                _rows.TryRemove(key, out _);
            }
        }
    }

    /// <summary>A fresh share for the node grains of partition <paramref name="partition"/> of run <paramref name="runId"/>, who all join with <paramref name="setup"/>.</summary>
    internal NodeGrainShare BeginNodeGrains(string runId, int partition, NodeSetup setup) =>
        _nodeGrains[(runId, partition)] = new NodeGrainShare(setup);

    /// <summary>The share of the node grains of partition <paramref name="partition"/> of run <paramref name="runId"/>.</summary>
    internal NodeGrainShare NodeGrains(string runId, int partition) =>
        _nodeGrains.TryGetValue((runId, partition), out var share) ? share : throw new InvalidOperationException($"partition {partition} of run {runId} has no node grains on this silo");

    /// <summary>Forgets the share of partition <paramref name="partition"/> of run <paramref name="runId"/> (its joined nodes keep what they view).</summary>
    internal void EndNodeGrains(string runId, int partition) => _nodeGrains.TryRemove((runId, partition), out _);
}
