namespace InfluenceSim.Engine.Scenarios;

/// <summary>The <c>seeding:</c> block.</summary>
/// <param name="Strategy">random | top-degree | explicit | none.</param>
/// <param name="Count">How many seeds (random, top-degree), when given as a count.</param>
/// <param name="Fraction">Share of the nodes to seed (random, top-degree), when given as a fraction.</param>
/// <param name="Nodes">explicit: node ids (generated networks) or labels (files), as written.</param>
public sealed record SeedingSpec(string Strategy, int? Count = null, double? Fraction = null, IReadOnlyList<string>? Nodes = null);
