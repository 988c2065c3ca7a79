namespace InfluenceSim.Engine.Running;

/// <summary>One time-series row: adoptions at the step, adopters by its end, exposures delivered at it.</summary>
public sealed record StepCounts(int Step, long NewAdopters, long Adopters, long Exposures);
