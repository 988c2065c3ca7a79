namespace InfluenceSim.Scenarios.Strategies;

/// <summary>The seeding strategies validation itself names: the baseline of <c>compare-seeding</c>, the one whose estimate it warns about, and the one of a scenario without <c>seeding:</c>.</summary>
public static class StrategyNames
{
    /// <summary><c>random</c>: the baseline every <c>compare-seeding</c> list includes.</summary>
    public const string Random = "random";

    /// <summary><c>greedy</c>: its spread estimate leaves out what a model's tie rules do not say (a warning).</summary>
    public const string Greedy = "greedy";

    /// <summary><c>none</c>: the seeding of a scenario without a <c>seeding:</c> block.</summary>
    public const string None = "none";
}
