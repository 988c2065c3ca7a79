namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// One replicate's counts: index t of <c>NewAdopters</c> and <c>Exposures</c> is step t, for every
/// step that ran (the last may be the quiet step that ended the replicate); and the cascade grown
/// from each seed through credited prescriptions: entry i is seed <c>CascadeRoots[i]</c> (ascending),
/// its size (the seed included) and its depth.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.replicate-outcome")]
public sealed record ReplicateOutcome(
    [property: Id(0)] int Replicate,
    [property: Id(1)] long[] NewAdopters,
    [property: Id(2)] long[] Exposures,
    [property: Id(3)] int[] CascadeRoots,
    [property: Id(4)] long[] CascadeSizes,
    [property: Id(5)] int[] CascadeDepths);
