using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>Turns the market setup that travels to grains back into the pure model's population and word-of-mouth settings.</summary>
internal static class MarketSetupMapper
{
    public static PopulationSettings Population(MarketSetup? setup) =>
        setup is null
            ? PopulationSettings.Default
            : new PopulationSettings(Traits(setup.Traits), [.. setup.Segments.Select(s => new Segment(s.Name, s.Share, Traits(s.Traits)))]);

    public static WordOfMouthSettings WordOfMouth(MarketSetup? setup) =>
        setup is null ? WordOfMouthSettings.Neutral : new WordOfMouthSettings(setup.Persuasions, (BrandStance)setup.Stance, setup.Share);

    private static Dictionary<Trait, Distribution> Traits(TraitSetup[] traits) =>
        traits.ToDictionary(t => (Trait)t.Trait, t => new Distribution((DistributionShape)t.Shape, t.First, t.Second));
}
