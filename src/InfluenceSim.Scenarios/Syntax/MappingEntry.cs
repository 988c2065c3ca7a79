namespace InfluenceSim.Scenarios.Syntax;

/// <summary>One <c>key: value</c> pair of a mapping.</summary>
internal sealed record MappingEntry(ScalarNode Key, ScenarioNode Value);
