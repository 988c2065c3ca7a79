namespace InfluenceSim.Models.Market;

/// <summary>Everything around the model: the population's traits, the brand's campaigns and its stance toward word of mouth.</summary>
public sealed record MarketSettings(PopulationSettings Population, IReadOnlyList<CampaignSettings> Campaigns, BrandSettings Brand)
{
    /// <summary>Default traits, no campaign, a neutral brand: the plain word-of-mouth setting (docs/models.md).</summary>
    public static MarketSettings Default { get; } = new(PopulationSettings.Default, [], BrandSettings.Neutral);

    /// <summary>The campaign number of the relay broadcast: one past the listed campaigns.</summary>
    public int RelayCampaign => Campaigns.Count;
}
