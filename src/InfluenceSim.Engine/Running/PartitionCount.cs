namespace InfluenceSim.Engine.Running;

/// <summary>How many partitions a run uses (docs/architecture.md "Partitions"): as asked, or a few per live silo, one per core up to <see cref="MostPerSilo"/>; never more than the network's nodes.</summary>
public static class PartitionCount
{
    /// <summary>The fewest partitions chosen per silo, so even a one-core silo overlaps a partition's node calls with another's routing.</summary>
    public const int FewestPerSilo = 2;

    /// <summary>The most partitions chosen per silo.</summary>
    public const int MostPerSilo = 8;

    public static int Choose(int? asked, int silos, int cores, int nodes) =>
        Math.Max(1, Math.Min(Math.Max(1, nodes), asked ?? Math.Max(1, silos) * Math.Clamp(cores, FewestPerSilo, MostPerSilo)));
}
