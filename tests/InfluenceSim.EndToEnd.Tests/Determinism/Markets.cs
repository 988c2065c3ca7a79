using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>Short ways to write the market settings of the agreement cases.</summary>
public static class Markets
{
    public static MarketSettings With(IReadOnlyList<CampaignSettings>? campaigns = null, PopulationSettings? population = null, BrandSettings? brand = null) =>
        new(population ?? PopulationSettings.Default, campaigns ?? [], brand ?? BrandSettings.Neutral);

    public static CampaignSettings Campaign(int at, int until, AudienceSettings audience, Valence valence = Valence.Positive, double persuasion = 1) =>
        new($"c{at}-{until}", at, until, audience, valence, persuasion);

    public static AudienceSettings Reach(double f, Eligibility? eligible = null) => new(f, null, eligible ?? Eligibility.Everyone);

    public static AudienceSettings Count(int k, Eligibility? eligible = null) => new(null, k, eligible ?? Eligibility.Everyone);

    public static Eligibility InSegment(int segment) => new(EligibleKind.Segment, Segment: segment);

    public static Eligibility TopDegree(double share) => new(EligibleKind.TopDegree, Share: share);

    public static PopulationSettings Traits(params (Trait Trait, Distribution Value)[] traits) =>
        new(traits.ToDictionary(t => t.Trait, t => t.Value), []);

    public static Segment Segment(string name, double share, params (Trait Trait, Distribution Value)[] traits) =>
        new(name, share, traits.ToDictionary(t => t.Trait, t => t.Value));

    public static BrandSettings Suppress(double share) => new(BrandStance.Suppress, share, AudienceSettings.All, 1);

    public static BrandSettings Relay(double share, AudienceSettings audience, double persuasion) => new(BrandStance.Relay, share, audience, persuasion);
}
