namespace InfluenceSim.Engine.Output;

/// <summary>What an interrupted sweep was running: the scenario file, its overrides and sweep axes, and the resolved scenario they made (to refuse a resume after the file changed).</summary>
public sealed record SweepCheckpointPlan(string ScenarioFile, IReadOnlyList<string> Overrides, IReadOnlyList<string> Sweeps, string ResolvedScenario, string StartedUtc);
