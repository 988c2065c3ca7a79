using InfluenceSim.Models.Market;

namespace InfluenceSim.Models.Agents;

/// <summary>
/// What a node needs of the market: each broadcast's persuasion by campaign number (the relay's
/// last), and the brand's stance and share toward word of mouth.
/// </summary>
public sealed record WordOfMouthSettings(double[] Persuasions, BrandStance Stance, double Share)
{
    /// <summary>No campaign, a neutral brand.</summary>
    public static WordOfMouthSettings Neutral { get; } = From(MarketSettings.Default);

    /// <summary>The settings of <paramref name="market"/>.</summary>
    public static WordOfMouthSettings From(MarketSettings market) =>
        new([.. market.Campaigns.Select(c => c.Persuasion), market.Brand.Persuasion], market.Brand.Stance, market.Brand.Share);
}
