using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>What a partition keeps over the whole run: per replicate the greatest adoption depth and its part of each seed's cascade, and the adoptions credited to each prescriber.</summary>
internal sealed class PartitionLedger(int replicates)
{
    private readonly int[] _maxDepths = new int[replicates];
    private readonly SortedDictionary<(int Replicate, int Root), (long Size, int Depth)> _cascades = [];
    private readonly SortedDictionary<int, long> _conversions = [];

    /// <summary>Counts an adoption tracing back to <paramref name="root"/> (-1: none) at <paramref name="depth"/>, credited to <paramref name="credit"/> (-1: none).</summary>
    public void CountAdoption(int replicate, int root, int depth, int credit)
    {
        _maxDepths[replicate] = Math.Max(_maxDepths[replicate], depth);
        if (root >= 0)
        {
            var cascade = _cascades.GetValueOrDefault((replicate, root));
            _cascades[(replicate, root)] = (cascade.Size + 1, Math.Max(cascade.Depth, depth));
        }

        if (credit >= 0)
        {
            _conversions[credit] = _conversions.GetValueOrDefault(credit) + 1;
        }
    }

    public PartitionOutcome Outcome(long eventsDelivered, int eventsKept) => new(
        [.. _maxDepths],
        [.. _cascades.Select(c => new CascadeEntry(c.Key.Replicate, c.Key.Root, c.Value.Size, c.Value.Depth))],
        [.. _conversions.Keys],
        [.. _conversions.Values],
        eventsDelivered,
        eventsKept);
}
