namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// How a <c>blocks</c> partition runs a step's deliveries (docs/architecture.md "A step"): split into
/// chunks of contiguous nodes of about equal letters, run by <paramref name="Count"/> workers (its turn
/// and <paramref name="Count"/> - 1 thread-pool work items), each claiming the next chunk until none is
/// left, so a core whose partition has run out of chunks runs another partition's waiting worker and the
/// partitions' loops end together. A step of fewer than <paramref name="InlineLetters"/> letters runs
/// on the partition's turn alone (starting work items would cost more than they share).
/// </summary>
/// <param name="Count">How many workers run a step (the silo's processor count).</param>
/// <param name="ChunkLetters">The fewest letters a chunk is cut to hold.</param>
/// <param name="InlineLetters">The fewest letters a step must hold to run on workers.</param>
internal sealed record StepWorkers(int Count, int ChunkLetters, int InlineLetters)
{
    /// <summary>How many chunks each worker has to claim from, at most: enough that the last chunks to end are short.</summary>
    public const int ChunksPerWorker = 16;

    /// <summary>The silo's setting: a worker per processor.</summary>
    public static StepWorkers ForSilo { get; } = new(Environment.ProcessorCount, ChunkLetters: 2_048, InlineLetters: 16_384);

    /// <summary>How many chunks a step of <paramref name="letters"/> letters is cut into (1: it runs on the partition's turn alone).</summary>
    public int Chunks(int letters) =>
        Count < 2 || letters < InlineLetters ? 1 : Math.Clamp(letters / ChunkLetters, 1, ChunksPerWorker * Count);
}
