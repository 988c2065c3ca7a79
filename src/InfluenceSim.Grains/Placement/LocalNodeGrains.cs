using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace InfluenceSim.Grains.Placement;

/// <summary>
/// The node grains this silo's partitions have said they are about to call, each with its address on this
/// silo: the one <see cref="CallerSiloPlacement"/> would give it, since a node grain lives on the silo of the
/// partition that calls it. The silo's grain directory cache answers these at once, so a join is sent straight
/// to this silo instead of through Orleans' placement (docs/architecture.md "Partitions"). One per silo, in its services.
/// </summary>
/// <param name="silo">This silo's address.</param>
public sealed class LocalNodeGrains(SiloAddress silo)
{
    private readonly ConcurrentDictionary<GrainId, GrainAddress> _nodes = new();

    /// <summary>How many node grains are entered.</summary>
    public int Count => _nodes.Count;

    /// <summary>The addresses entered.</summary>
    public IEnumerable<GrainAddress> Addresses => _nodes.Values;

    /// <summary>Enters <paramref name="node"/>, a node grain a partition of this silo is about to call.</summary>
    public void Place(GrainId node) => _nodes[node] = new GrainAddress { GrainId = node, SiloAddress = silo };

    /// <summary>Leaves <paramref name="node"/> out again (released by its partition, or dropped by Orleans).</summary>
    public bool Forget(GrainId node) => _nodes.TryRemove(node, out _);

    /// <summary>Leaves <paramref name="address"/>'s grain out if its entered address matches <paramref name="address"/>.</summary>
    public bool Forget(GrainAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _nodes.TryGetValue(address.GrainId, out var held) && held.Matches(address) && _nodes.TryRemove(new KeyValuePair<GrainId, GrainAddress>(address.GrainId, held));
    }

    /// <summary>Leaves every node grain out.</summary>
    public void Clear() => _nodes.Clear();

    /// <summary>The address of <paramref name="node"/> on this silo, if entered.</summary>
    public bool TryGet(GrainId node, [NotNullWhen(true)] out GrainAddress? address) => _nodes.TryGetValue(node, out address);
}
