namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>One step of a replicate: adoptions at it, adopters by its end, exposures delivered at it, and their breakdown by cause and kind, removals, prescribers and rejections.</summary>
public sealed record OracleRow(int Step, long NewAdopters, long Adopters, long Exposures)
{
    public long CauseSeed { get; init; }

    public long CauseBroadcast { get; init; }

    public long CausePrescription { get; init; }

    public long CauseSocialProof { get; init; }

    public long ExposuresSocialProof { get; init; }

    public long ExposuresPrescription { get; init; }

    public long ExposuresBroadcast { get; init; }

    /// <summary>Negative prescriptions and broadcasts delivered at the step (also counted in their kind).</summary>
    public long ExposuresNegative { get; init; }

    /// <summary>Prescriptions sent at step - 1 and removed before delivery at the step.</summary>
    public long Suppressed { get; init; }

    /// <summary>Nodes that prescribe at the step (delivered at the next), suppressed or not.</summary>
    public long ActivePrescribers { get; init; }

    public long NewRejected { get; init; }

    public long Rejected { get; init; }
}
