using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The mail a partition's nodes send at one step for other partitions, one list per destination
/// (kept and reused from step to step); sent as one batch per destination (in chunks of at most
/// <see cref="ChunkSize"/> letters, so no message outgrows Orleans' limit), every destination at once.
/// A full chunk's array is used again for a later chunk once its call has returned: by then the
/// receiving partition has copied the letters into its buffer (or Orleans has serialised them for
/// another silo), so the steps do not fill the large object heap with a new chunk per call.
/// </summary>
internal sealed class OutgoingMail(PartitionMap map, int self)
{
    /// <summary>The most letters one call carries (about 5 bytes each between silos, at most 30: docs/architecture.md "Mail between silos").</summary>
    public const int ChunkSize = 65_536;

    private readonly List<MailEntry>[] _byPartition = [.. Enumerable.Range(0, map.Partitions).Select(_ => new List<MailEntry>())];
    private readonly ConcurrentStack<MailEntry[]> _fullChunks = new();

    /// <summary>Adds a letter for a node another partition owns.</summary>
    public void Add(int partition, MailEntry entry)
    {
        if (partition == self)
        {
            throw new ArgumentException("mail for the partition's own nodes goes straight to its buffer", nameof(partition));
        }

        _byPartition[partition].Add(entry);
    }

    /// <summary>
    /// Sends every destination (<paramref name="partitionOf"/> gives the grain of a partition number)
    /// its batch for <paramref name="step"/>, returns once all are accepted, and empties the lists.
    /// </summary>
    public async Task SendAsync(Func<int, IPartitionGrain> partitionOf, int step)
    {
        var sends = new List<Task>();
        for (int p = 0; p < _byPartition.Length; p++)
        {
            if (_byPartition[p].Count > 0)
            {
                sends.Add(SendToAsync(partitionOf(p), step, _byPartition[p]));
            }
        }

        await Task.WhenAll(sends);
        foreach (var entries in _byPartition)
        {
            entries.Clear();
        }
    }

    private async Task SendToAsync(IPartitionGrain partition, int step, List<MailEntry> entries)
    {
        for (int start = 0; start < entries.Count; start += ChunkSize)
        {
            int length = Math.Min(ChunkSize, entries.Count - start);
            var chunk = length == ChunkSize && _fullChunks.TryPop(out var spare) ? spare : new MailEntry[length];
            CollectionsMarshal.AsSpan(entries).Slice(start, length).CopyTo(chunk);
            await partition.Deliver(new MailBatch(step, chunk));
            if (length == ChunkSize)
            {
                _fullChunks.Push(chunk);
            }
        }
    }
}
