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

    /// <summary>
    /// The audience of a relay broadcast carrying <paramref name="posts"/> relayed posts, each reaching
    /// the audience on its own: reach f becomes <c>1 - (1 - f)^posts</c> (reached by at least one
    /// post), count k becomes <c>k * posts</c> (at most every eligible node).
    /// </summary>
    public AudienceSettings ForPosts(int posts) => Reach is { } reach
        ? this with { Reach = 1 - Math.Pow(1 - reach, posts) }
        : this with { Count = (int)Math.Min((long)(Count ?? 0) * posts, int.MaxValue) };
}
