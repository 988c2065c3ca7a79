namespace InfluenceSim.Abstractions.Messages;

/// <summary>A node's adoption in one replicate: its cause (0 seed, 1 broadcast, 2 prescription, 3 social proof), the credited node (-1: none), and the root (-1: none) and depth of its cascade.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-adoption")]
public readonly record struct NodeAdoption(
    [property: Id(0)] int Replicate,
    [property: Id(1)] int Cause, [property: Id(2)] int Credit,
    [property: Id(3)] int Root, [property: Id(4)] int Depth);
