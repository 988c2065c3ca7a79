namespace InfluenceSim.Abstractions.Messages;

/// <summary>One partition's answer to a step, once its outgoing mail has been accepted: how many of its nodes it called and, per replicate in which something happened, its counts (ascending replicate).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.partition-step")]
public sealed record PartitionStep(
    [property: Id(0)] int NodesVisited,
    [property: Id(1)] ReplicateStep[] Replicates);
