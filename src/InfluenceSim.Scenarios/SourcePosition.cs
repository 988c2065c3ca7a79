namespace InfluenceSim.Scenarios;

/// <summary>A 1-based line and column in a scenario file.</summary>
public readonly record struct SourcePosition(int Line, int Column);
