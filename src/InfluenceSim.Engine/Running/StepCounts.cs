namespace InfluenceSim.Engine.Running;

/// <summary>
/// One time-series row: adoptions at the step, adopters by its end, exposures delivered at it, and
/// their breakdown (docs/output.md): adoptions by cause, exposures by kind, prescribers, removals, rejections.
/// </summary>
public sealed record StepCounts(int Step, long NewAdopters, long Adopters, long Exposures)
{
    public long CauseSeed { get; init; }

    public long CauseBroadcast { get; init; }

    public long CausePrescription { get; init; }

    public long CauseSocialProof { get; init; }

    public long ExposuresBroadcast { get; init; }

    public long ExposuresPrescription { get; init; }

    public long ExposuresSocialProof { get; init; }

    /// <summary>Exposures (broadcasts and prescriptions) with negative valence, also counted in their kind.</summary>
    public long ExposuresNegative { get; init; }

    /// <summary>Prescriptions removed by the brand before delivery at this step (not exposures).</summary>
    public long Suppressed { get; init; }

    /// <summary>Nodes that prescribed at this step (delivered at the next).</summary>
    public long ActivePrescribers { get; init; }

    public long NewRejected { get; init; }

    public long Rejected { get; init; }
}
