using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The mail a partition's nodes send at one step for other partitions, one list per destination;
/// sent as one batch per destination (in chunks of at most <see cref="ChunkSize"/> letters, so no
/// message outgrows Orleans' limit), every destination at once.
/// </summary>
internal sealed class OutgoingMail(PartitionMap map, int self)
{
    /// <summary>The most letters one call carries (24 bytes or so each on the wire).</summary>
    public const int ChunkSize = 65_536;

    private readonly List<MailEntry>[] _byPartition = [.. Enumerable.Range(0, map.Partitions).Select(_ => new List<MailEntry>())];

    /// <summary>Adds a letter for a node another partition owns.</summary>
    public void Add(int partition, MailEntry entry)
    {
        if (partition == self)
        {
            throw new ArgumentException("mail for the partition's own nodes goes straight to its buffer", nameof(partition));
        }

        _byPartition[partition].Add(entry);
    }

    /// <summary>Sends every destination its batch for <paramref name="step"/> and returns once all are accepted.</summary>
    public Task SendAsync(IGrainFactory grains, string runId, int step) =>
        Task.WhenAll(_byPartition.Select((entries, p) => (entries, p)).Where(d => d.entries.Count > 0).Select(d => SendToAsync(grains.GetGrain<IPartitionGrain>(d.p, runId), step, d.entries)));

    private static async Task SendToAsync(IPartitionGrain partition, int step, List<MailEntry> entries)
    {
        for (int start = 0; start < entries.Count; start += ChunkSize)
        {
            await partition.Deliver(new MailBatch(step, [.. entries.GetRange(start, Math.Min(ChunkSize, entries.Count - start))]));
        }
    }
}
