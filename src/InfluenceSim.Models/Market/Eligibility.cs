namespace InfluenceSim.Models.Market;

/// <summary>Which nodes an audience is drawn from: everyone, segment number <see cref="Segment"/>, or the top-degree <see cref="Share"/>.</summary>
public sealed record Eligibility(EligibleKind Kind, int Segment = -1, double Share = 0)
{
    public static Eligibility Everyone { get; } = new(EligibleKind.Everyone);
}
