namespace InfluenceSim.Cli.Commands;

/// <summary>
/// What the .NET runtime's memory manager did in this process between two moments: bytes allocated,
/// the garbage collector's pause time and its collections per generation (process-wide, so with an
/// embedded silo it covers the silo's partitions as well as the runner).
/// </summary>
internal readonly record struct CollectorUse(long AllocatedBytes, TimeSpan Paused, int Gen0, int Gen1, int Gen2)
{
    /// <summary>The process's totals so far.</summary>
    public static CollectorUse Now() =>
        new(GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));

    /// <summary>What happened since <paramref name="start"/>.</summary>
    public CollectorUse Since(CollectorUse start) =>
        new(AllocatedBytes - start.AllocatedBytes, Paused - start.Paused, Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2);
}
