namespace InfluenceSim.Abstractions.Messages;

/// <summary>One population segment as it travels: name, share and trait values.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.segment-setup")]
public sealed record SegmentSetup(
    [property: Id(0)] string Name,
    [property: Id(1)] double Share,
    [property: Id(2)] TraitSetup[] Traits);
