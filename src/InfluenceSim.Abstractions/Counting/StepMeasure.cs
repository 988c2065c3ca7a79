namespace InfluenceSim.Abstractions.Counting;

/// <summary>The counts kept per replicate and step, in the order of their columns (declared in <see cref="StepMeasures"/>).</summary>
public enum StepMeasure
{
    NewAdopters,
    Exposures,
    CauseSeed,
    CauseBroadcast,
    CausePrescription,
    CauseSocialProof,
    ExposuresSocialProof,
    ExposuresPrescription,
    ExposuresBroadcast,
    ExposuresNegative,
    Suppressed,
    ActivePrescribers,
    NewRejected,
}
