using System.Runtime.InteropServices;
using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// What a partition keeps over the whole run: per replicate the greatest adoption depth and its part
/// of each seed's cascade, and the adoptions credited to each prescriber; counted in hash tables and
/// sorted once, by key, for the outcome.
/// </summary>
internal sealed class PartitionLedger(int replicates)
{
    private readonly int[] _maxDepths = new int[replicates];
    private readonly Dictionary<(int Replicate, int Root), (long Size, int Depth)> _cascades = [];
    private readonly Dictionary<int, long> _conversions = [];

    /// <summary>Counts an adoption tracing back to <paramref name="root"/> (-1: none) at <paramref name="depth"/>, credited to <paramref name="credit"/> (-1: none).</summary>
    public void CountAdoption(int replicate, int root, int depth, int credit)
    {
        _maxDepths[replicate] = Math.Max(_maxDepths[replicate], depth);
        if (root >= 0)
        {
            ref var cascade = ref CollectionsMarshal.GetValueRefOrAddDefault(_cascades, (replicate, root), out _);
            cascade = (cascade.Size + 1, Math.Max(cascade.Depth, depth));
        }

        if (credit >= 0)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_conversions, credit, out _)++;
        }
    }

    public PartitionOutcome Outcome(long eventsDelivered, int eventsKept)
    {
        var prescribers = _conversions.Keys.Order().ToArray();
        return new(
            [.. _maxDepths],
            [.. _cascades.OrderBy(c => c.Key).Select(c => new CascadeEntry(c.Key.Replicate, c.Key.Root, c.Value.Size, c.Value.Depth))],
            prescribers,
            [.. prescribers.Select(p => _conversions[p])],
            eventsDelivered,
            eventsKept);
    }
}
