namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// One replicate's counts: index t of each array is step t, for every step that ran (the last may
/// be the quiet step that ended the replicate).
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.replicate-outcome")]
public sealed record ReplicateOutcome(
    [property: Id(0)] int Replicate,
    [property: Id(1)] long[] NewAdopters,
    [property: Id(2)] long[] Exposures);
