namespace InfluenceSim.Reporting.Analysis;

/// <summary>One row of <c>runs.csv</c>: how one replicate ended.</summary>
public sealed record ReplicateOutcome(int Replicate, double Adopters, double AdoptedFraction, double Steps, double Exposures);
