namespace InfluenceSim.Engine.Statistics;

/// <summary>One step of a point's adoption curve: adopters and new adopters summarised over its replicates.</summary>
public sealed record StepSummary(int Step, int Replicates, SampleSummary Adopters, SampleSummary NewAdopters);
