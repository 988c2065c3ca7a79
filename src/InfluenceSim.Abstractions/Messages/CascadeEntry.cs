namespace InfluenceSim.Abstractions.Messages;

/// <summary>The adoptions one partition saw in the cascade grown from seed <c>Root</c> in a replicate: how many, and the greatest depth.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.cascade-entry")]
public readonly record struct CascadeEntry(
    [property: Id(0)] int Replicate, [property: Id(1)] int Root,
    [property: Id(2)] long Size, [property: Id(3)] int Depth);
