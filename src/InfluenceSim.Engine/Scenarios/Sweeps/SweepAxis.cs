namespace InfluenceSim.Engine.Scenarios.Sweeps;

/// <summary>One swept key: its dotted scenario path and the values it takes, as YAML scalar text.</summary>
public sealed record SweepAxis(string Key, IReadOnlyList<string> Values);
