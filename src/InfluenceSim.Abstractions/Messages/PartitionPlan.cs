using InfluenceSim.Abstractions.Partitioning;

namespace InfluenceSim.Abstractions.Messages;

/// <summary>What a partition needs to start a run.</summary>
/// <param name="RunId">The run id, also the second key of the run's partition and node grains.</param>
/// <param name="Partition">This partition's number.</param>
/// <param name="Map">Which partition owns which node.</param>
/// <param name="Replicates">Number of replicate lanes.</param>
/// <param name="Concurrency">How many node calls the partition keeps outstanding at once.</param>
/// <param name="EventsCap">How many rows of the interaction stream the partition keeps (0: not recorded).</param>
/// <param name="Node">What every node of the run shares: the model, the market, the seed and what it records.</param>
/// <param name="Blocks">Whether the partition hosts its nodes itself (<c>blocks</c>) rather than as node grains.</param>
/// <param name="ReplicateBatch">Under <c>blocks</c>, how many replicates one block of state arrays carries.</param>
[GenerateSerializer, Immutable, Alias("influencesim.partition-plan")]
public sealed record PartitionPlan(
    [property: Id(0)] string RunId, [property: Id(1)] int Partition,
    [property: Id(2)] PartitionMap Map,
    [property: Id(3)] int Replicates, [property: Id(4)] int Concurrency, [property: Id(5)] long EventsCap,
    [property: Id(6)] NodeSetup Node,
    [property: Id(7)] bool Blocks, [property: Id(8)] int ReplicateBatch)
{
    /// <summary>The run's replicate batch this attempt runs (docs/cluster.md "When a silo dies").</summary>
    [Id(9)]
    public int Batch { get; init; }

    /// <summary>
    /// Under <c>blocks</c>, the key of the run's network on the silos: every replicate batch of one run shares the silo's
    /// copy of a partition's slice, sent once; null: the slice belongs to this attempt alone.
    /// </summary>
    [Id(10)]
    public string? NetworkId { get; init; }
}
