namespace InfluenceSim.Engine.Running;

/// <summary>
/// One replicate: its time series (one row per step from 0 to <see cref="Steps"/>), final adopters,
/// the last step at which somebody adopted, and every exposure delivered (including those of the
/// quiet step that ended the replicate, which has no time-series row).
/// </summary>
public sealed record ReplicateResult(int Replicate, IReadOnlyList<StepCounts> Timeseries, long Adopters, int Steps, long Exposures);
