namespace InfluenceSim.Scenarios;

/// <summary>The <c>seeding:</c> block.</summary>
/// <param name="Strategy">The name of a registered seeding strategy (docs/extending.md).</param>
/// <param name="Count">How many seeds (sized strategies), when given as a count.</param>
/// <param name="Fraction">Share of the nodes to seed (sized strategies), when given as a fraction.</param>
/// <param name="Nodes">explicit: node ids (generated networks) or labels (files), as written.</param>
public sealed record SeedingSpec(string Strategy, int? Count = null, double? Fraction = null, IReadOnlyList<string>? Nodes = null)
{
    /// <summary>The strategies' own settings (defaults when not written).</summary>
    public SeedingOptions Options { get; init; } = new();

    /// <summary>The most the seeds may cost together (sized strategies), when seeds are bought with a budget instead of counted.</summary>
    public double? Budget { get; init; }

    /// <summary>What each seed costs (unit unless written); every seed set's spend is reported against it.</summary>
    public SeedCost Cost { get; init; } = SeedCost.UnitCost;

    /// <summary>The same seeding with another strategy (for <c>compare-seeding</c>).</summary>
    public SeedingSpec WithStrategy(string strategy) => this with { Strategy = strategy };
}
