namespace InfluenceSim.Models.Market;

/// <summary>
/// Whom a broadcast reaches at a step, among the eligible nodes: each one independently when
/// <c>draw(REACH, r, t, node, campaign number) &lt; Reach</c>, or the <see cref="Count"/> with the
/// smallest such draws (ties by lower id). Exactly one of the two is set.
/// </summary>
public sealed record AudienceSettings(double? Reach, int? Count, Eligibility Eligible)
{
    /// <summary>Everyone, every time.</summary>
    public static AudienceSettings All { get; } = new(1.0, null, Eligibility.Everyone);
}
