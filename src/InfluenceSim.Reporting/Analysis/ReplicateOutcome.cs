namespace InfluenceSim.Reporting.Analysis;

/// <summary>One row of <c>runs.csv</c>: how one replicate ended.</summary>
public sealed record ReplicateOutcome(int Replicate, double Adopters, double AdoptedFraction, double Steps, double Exposures)
{
    /// <summary>Whether the replicate was cut off at <c>max-steps</c> while still active (<c>ended_by</c> = <c>max-steps</c>; false when the file predates the column).</summary>
    public bool Censored { get; init; }
}
