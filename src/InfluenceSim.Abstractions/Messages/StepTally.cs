namespace InfluenceSim.Abstractions.Messages;

/// <summary>The columns of a replicate's per-step counts (<see cref="ReplicateOutcome.Tallies"/>), step-major.</summary>
public static class StepTally
{
    public const int NewAdopters = 0;
    public const int Exposures = 1;
    public const int CauseSeed = 2;
    public const int CauseBroadcast = 3;
    public const int CausePrescription = 4;
    public const int CauseSocialProof = 5;
    public const int ExposuresSocialProof = 6;
    public const int ExposuresPrescription = 7;
    public const int ExposuresBroadcast = 8;
    public const int ExposuresNegative = 9;
    public const int Suppressed = 10;
    public const int ActivePrescribers = 11;
    public const int NewRejected = 12;

    /// <summary>How many columns a step has.</summary>
    public const int Width = 13;
}
