namespace InfluenceSim.Engine.Scenarios;

/// <summary>The values of <c>seeding.strategy</c> (and of <c>compare-seeding</c>).</summary>
public static class SeedingStrategies
{
    public const string Random = "random";
    public const string TopDegree = "top-degree";
    public const string PageRank = "pagerank";
    public const string KCore = "k-core";
    public const string Betweenness = "betweenness";
    public const string CommunitySpread = "community-spread";
    public const string Greedy = "greedy";
    public const string ObservedPrescribers = "observed-prescribers";
    public const string Explicit = "explicit";
    public const string None = "none";

    /// <summary>Every strategy, in the documented order.</summary>
    public static IReadOnlyList<string> All { get; } = [Random, TopDegree, PageRank, KCore, Betweenness, CommunitySpread, Greedy, ObservedPrescribers, Explicit, None];

    /// <summary>The strategies that pick a number of seeds (<c>count</c> or <c>fraction</c>); only these can be compared.</summary>
    public static IReadOnlyList<string> Sized { get; } = [Random, TopDegree, PageRank, KCore, Betweenness, CommunitySpread, Greedy, ObservedPrescribers];
}
