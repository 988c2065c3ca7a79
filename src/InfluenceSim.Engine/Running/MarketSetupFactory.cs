using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Engine.Running;

/// <summary>Turns the market's settings into the setup that travels to node grains (what nodes need: traits, persuasions, the brand's stance).</summary>
internal static class MarketSetupFactory
{
    public static MarketSetup From(MarketSettings market)
    {
        var wordOfMouth = WordOfMouthSettings.From(market);
        return new MarketSetup(
            Traits(market.Population.Traits),
            [.. market.Population.Segments.Select(s => new SegmentSetup(s.Name, s.Share, Traits(s.Traits)))],
            wordOfMouth.Persuasions,
            (int)wordOfMouth.Stance,
            wordOfMouth.Share);
    }

    private static TraitSetup[] Traits(IReadOnlyDictionary<Trait, Distribution> traits) =>
        [.. traits.OrderBy(t => t.Key).Select(t => new TraitSetup((int)t.Key, (int)t.Value.Shape, t.Value.First, t.Value.Second))];
}
