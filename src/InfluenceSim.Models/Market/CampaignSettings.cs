namespace InfluenceSim.Models.Market;

/// <summary>
/// One entry of <c>campaigns:</c>, the brand's own voice: at every step from <see cref="At"/> to
/// <see cref="Until"/> (inclusive) it reaches its audience with a broadcast of the given valence;
/// a positive broadcast converts with <see cref="Persuasion"/> times the receiver's susceptibility.
/// </summary>
public sealed record CampaignSettings(string Name, int At, int Until, AudienceSettings Audience, Valence Valence, double Persuasion);
