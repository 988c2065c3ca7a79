namespace InfluenceSim.Engine.Scenarios;

/// <summary>The values of <c>seeding.strategy</c>.</summary>
public static class SeedingStrategies
{
    public const string Random = "random";
    public const string TopDegree = "top-degree";
    public const string Explicit = "explicit";
    public const string None = "none";

    /// <summary>Every strategy, in the documented order.</summary>
    public static IReadOnlyList<string> All { get; } = [Random, TopDegree, Explicit, None];
}
