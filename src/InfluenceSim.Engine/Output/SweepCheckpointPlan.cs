namespace InfluenceSim.Engine.Output;

/// <summary>What an interrupted sweep was running: the scenario file, its overrides and sweep axes, the resolved scenario they made (to refuse a resume after the file changed) and the table format asked for.</summary>
public sealed record SweepCheckpointPlan(string ScenarioFile, IReadOnlyList<string> Overrides, IReadOnlyList<string> Sweeps, string ResolvedScenario, string StartedUtc, string Format);
