using System.Text.Json.Nodes;

namespace InfluenceSim.Scenarios.Strategies;

/// <summary>A key of <c>seeding:</c> a built-in strategy takes as a typed value of <see cref="SeedingOptions"/>, and what the resolved scenario writes for it.</summary>
/// <param name="Key">The key, such as <c>samples</c>.</param>
/// <param name="Value">Its value in the resolved scenario, defaults filled in.</param>
public sealed record SeedingOption(string Key, Func<SeedingOptions, JsonNode?> Value);
