namespace InfluenceSim.Engine.Running;

/// <summary>
/// The run's replicates <paramref name="First"/> .. <paramref name="First"/> + <paramref name="Count"/> - 1: the unit a run
/// keeps in its checkpoint once finished and redoes, alone, after a lost silo (docs/cluster.md "When a silo dies").
/// </summary>
/// <param name="Index">The batch's number in the run, from 0.</param>
/// <param name="First">The run's replicate the batch starts at.</param>
/// <param name="Count">How many replicates it holds.</param>
public sealed record ReplicateBatch(int Index, int First, int Count)
{
    /// <summary>
    /// The batches of <paramref name="request"/>: under <c>blocks</c>, one per block of
    /// <see cref="SimulationRunner.BlockReplicateBatch"/> replicates (the last may hold fewer); under <c>node-grains</c>,
    /// one batch of every replicate (a node grain carries them all: a second batch would activate every node again).
    /// </summary>
    public static IReadOnlyList<ReplicateBatch> Of(RunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int size = request.Hosting == EngineHosting.Blocks ? SimulationRunner.BlockReplicateBatch : request.Replicates;
        return [.. Enumerable.Range(0, (request.Replicates + size - 1) / size)
            .Select(b => new ReplicateBatch(b, b * size, Math.Min(size, request.Replicates - (b * size))))];
    }
}
