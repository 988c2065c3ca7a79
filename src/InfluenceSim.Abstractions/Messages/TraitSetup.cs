namespace InfluenceSim.Abstractions.Messages;

/// <summary>One trait value as it travels: the trait number and a distribution (shape 0 constant, 1 uniform, 2 normal).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.trait-setup")]
public sealed record TraitSetup(
    [property: Id(0)] int Trait,
    [property: Id(1)] int Shape,
    [property: Id(2)] double First,
    [property: Id(3)] double Second);
