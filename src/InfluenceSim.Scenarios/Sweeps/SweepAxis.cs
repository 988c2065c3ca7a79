namespace InfluenceSim.Scenarios.Sweeps;

/// <summary>One swept key: its dotted scenario path and the values it takes, as YAML text (a scalar, or a flow list or mapping: <see cref="SweepValue"/>).</summary>
public sealed record SweepAxis(string Key, IReadOnlyList<string> Values);
