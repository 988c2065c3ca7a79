namespace InfluenceSim.Models.Market;

/// <summary>
/// The <c>brand:</c> block: the stance toward word of mouth, the share of it relayed or suppressed,
/// and, for relay, the audience and persuasion of the relayed broadcasts.
/// </summary>
public sealed record BrandSettings(BrandStance Stance, double Share, AudienceSettings Audience, double Persuasion)
{
    public static BrandSettings Neutral { get; } = new(BrandStance.Neutral, 0, AudienceSettings.All, 1);
}
