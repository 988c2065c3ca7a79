namespace InfluenceSim.Scenarios.Syntax;

/// <summary>One step of a <c>--set</c> key: a key name, optionally an item index (<c>nodes[0]</c>), and its 1-based column.</summary>
internal sealed record OverrideSegment(string Name, int? Index, int Column);
