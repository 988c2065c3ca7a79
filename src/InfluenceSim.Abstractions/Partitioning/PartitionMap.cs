namespace InfluenceSim.Abstractions.Partitioning;

/// <summary>
/// Which partition owns which node (docs/architecture.md "Partitions"): contiguous id ranges,
/// partition p owning nodes floor(p N / P) .. floor((p + 1) N / P) - 1, so every partition holds
/// N / P nodes rounded down or up and the rule depends on nothing but N and P.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.partition-map")]
public sealed record PartitionMap([property: Id(0)] int Nodes, [property: Id(1)] int Partitions)
{
    /// <summary>The first node of partition <paramref name="partition"/> (or <see cref="Nodes"/> for the partition after the last).</summary>
    public int First(int partition) => (int)((long)partition * Nodes / Partitions);

    /// <summary>How many nodes partition <paramref name="partition"/> owns.</summary>
    public int Count(int partition) => First(partition + 1) - First(partition);

    /// <summary>The partition that owns <paramref name="node"/>: the greatest p with First(p) &lt;= node.</summary>
    public int Owner(int node) => (int)((((long)node + 1) * Partitions - 1) / Nodes);
}
