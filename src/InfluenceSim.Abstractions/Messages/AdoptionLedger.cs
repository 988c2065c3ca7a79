namespace InfluenceSim.Abstractions.Messages;

/// <summary>A node's adoption in every replicate: the step (-1: never) and the credited prescriber (-1: none).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.adoption-ledger")]
public sealed record AdoptionLedger(
    [property: Id(0)] int[] AdoptedAt,
    [property: Id(1)] int[] CreditedTo);
