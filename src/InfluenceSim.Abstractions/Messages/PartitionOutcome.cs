namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What one partition holds once the run has ended: the greatest adoption depth per replicate
/// (index = replicate), its part of every seed's cascade (by replicate, then root), the adoptions
/// credited to each prescriber among its nodes (<c>Prescribers[i]</c>, ascending, with
/// <c>Conversions[i]</c>), and how many letters its nodes received and how many rows of the
/// interaction stream it kept.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.partition-outcome")]
public sealed record PartitionOutcome(
    [property: Id(0)] int[] MaxDepths, [property: Id(1)] CascadeEntry[] Cascades,
    [property: Id(2)] int[] Prescribers, [property: Id(3)] long[] Conversions,
    [property: Id(4)] long EventsDelivered, [property: Id(5)] int EventsKept);
