using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Abstractions.Partitioning;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The mail a partition's nodes send at one step for other partitions, written straight into chunks
/// of at most <see cref="ChunkSize"/> letters per destination (so no message outgrows Orleans' limit),
/// taken from the silo's <see cref="MailShelf"/>; sent as one batch per destination, every chunk
/// at once (the receiver's drain orders the letters). A full chunk travels as it is and is the
/// receiver's from then on: its mail buffer reads it where it lies and gives it to its silo's shelf
/// once drained (a chunk that crossed to another silo is serialised, and the receiver's copy goes to its shelf).
/// </summary>
internal sealed class OutgoingMail(PartitionMap map, int self, MailShelf shelf)
{
    /// <summary>The most letters one call carries (about 5 bytes each between silos, at most 30: docs/architecture.md "Mail between silos").</summary>
    public const int ChunkSize = 65_536;

    private readonly LetterPages[] _byPartition = [.. Enumerable.Range(0, map.Partitions).Select(_ => new LetterPages(ChunkSize))];

    /// <summary>Adds a letter for a node another partition owns.</summary>
    public void Add(int partition, MailEntry entry)
    {
        if (partition == self)
        {
            throw new ArgumentException("mail for the partition's own nodes goes straight to its buffer", nameof(partition));
        }

        _byPartition[partition].Add(entry, shelf);
    }

    /// <summary>
    /// Sends every destination (<paramref name="partitionOf"/> gives the grain of a partition number)
    /// its batch for <paramref name="step"/>, every chunk at once, and empties the chunks; the task
    /// ends once all are accepted (a plain task, no state machine to compile at a run's first step).
    /// </summary>
    public Task SendAsync(Func<int, IPartitionGrain> partitionOf, int step)
    {
        var sends = new List<Task>();
        for (int p = 0; p < _byPartition.Length; p++)
        {
            var chunks = _byPartition[p];
            if (chunks.Count == 0)
            {
                continue;
            }

            var partition = partitionOf(p);
            for (int c = 0; c < chunks.Pages; c++)
            {
                var chunk = chunks.Page(c);
                if (chunk.Count > 0)
                {
                    sends.Add(partition.Deliver(new MailBatch(step, chunk.Count == ChunkSize ? chunk.Array! : chunk.ToArray())));
                }
            }

            chunks.Hand(shelf);
        }

        return Task.WhenAll(sends);
    }
}
