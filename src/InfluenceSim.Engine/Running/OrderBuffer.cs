using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// Collects the runner's orders for one step (seeds, visits, broadcasts), counts every broadcast in
/// its replicate's ledger, and posts the orders straight to the partitions that own their nodes, in
/// batches of at most <c>batchSize</c>.
/// </summary>
internal sealed class OrderBuffer(RunPartitions partitions, ReplicateLedger[] ledgers, int step, int batchSize)
{
    private readonly Dictionary<int, List<MailEntry>> _byPartition = [];

    /// <summary>Orders a seed adoption (step 0) or a visit without mail.</summary>
    public Task AddAsync(int node, int replicate) => AddAsync(node, replicate, -1, LetterKind.Visit);

    /// <summary>Orders a letter of <paramref name="kind"/> from <paramref name="sender"/> (a campaign number for a broadcast).</summary>
    public async Task AddAsync(int node, int replicate, int sender, int kind)
    {
        if (kind is LetterKind.PositiveBroadcast or LetterKind.NegativeBroadcast)
        {
            ledgers[replicate].CountBroadcast(kind == LetterKind.NegativeBroadcast);
        }

        int owner = partitions.Map.Owner(node);
        if (!_byPartition.TryGetValue(owner, out var entries))
        {
            entries = [];
            _byPartition[owner] = entries;
        }

        entries.Add(MailEntry.Order(node, replicate, sender, kind));
        if (entries.Count >= batchSize)
        {
            await FlushAsync(owner, entries);
        }
    }

    public Task FlushAsync() => Task.WhenAll(_byPartition.Where(p => p.Value.Count > 0).Select(p => FlushAsync(p.Key, p.Value)));

    private async Task FlushAsync(int partition, List<MailEntry> entries)
    {
        var batch = new MailBatch(step, [.. entries]);
        entries.Clear();
        await partitions[partition].Deliver(batch);
    }
}
