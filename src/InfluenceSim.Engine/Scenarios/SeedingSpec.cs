namespace InfluenceSim.Engine.Scenarios;

/// <summary>The <c>seeding:</c> block.</summary>
/// <param name="Strategy">One of <see cref="SeedingStrategies.All"/>.</param>
/// <param name="Count">How many seeds (sized strategies), when given as a count.</param>
/// <param name="Fraction">Share of the nodes to seed (sized strategies), when given as a fraction.</param>
/// <param name="Nodes">explicit: node ids (generated networks) or labels (files), as written.</param>
public sealed record SeedingSpec(string Strategy, int? Count = null, double? Fraction = null, IReadOnlyList<string>? Nodes = null)
{
    /// <summary>The strategies' own settings (defaults when not written).</summary>
    public SeedingOptions Options { get; init; } = new();

    /// <summary>The same seeding with another strategy (for <c>compare-seeding</c>).</summary>
    public SeedingSpec WithStrategy(string strategy) => this with { Strategy = strategy };
}
