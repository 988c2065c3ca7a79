namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What node grains need of the market: the population's traits and segments, each broadcast's
/// persuasion by campaign number (the relay's last), and the brand's stance (0 neutral, 1 relay,
/// 2 suppress) with its share.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.market-setup")]
public sealed record MarketSetup(
    [property: Id(0)] TraitSetup[] Traits,
    [property: Id(1)] SegmentSetup[] Segments,
    [property: Id(2)] double[] Persuasions,
    [property: Id(3)] int Stance,
    [property: Id(4)] double Share);
