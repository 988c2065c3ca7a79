namespace InfluenceSim.Abstractions.Counting;

/// <summary>
/// The declaration of the thirteen step measures, the one place that names them: partitions count
/// by them, the runner sums them, the writers lay out <c>timeseries</c> from them.
/// </summary>
public static class StepMeasures
{
    /// <summary>Every measure in column order (the order of <see cref="StepMeasure"/>).</summary>
    public static IReadOnlyList<StepMeasureInfo> All { get; } =
    [
        new(StepMeasure.NewAdopters, "new_adopters", "nodes that adopted at the step (at step 0: the seeds)", TotalColumn: "adopters"),
        new(StepMeasure.Exposures, "exposures", "messages delivered at the step, of every kind (the sum of the three kinds)"),
        new(StepMeasure.CauseSeed, "cause_seed", "adoptions at the step caused by seeding"),
        new(StepMeasure.CauseBroadcast, "cause_broadcast", "adoptions at the step caused by a broadcast"),
        new(StepMeasure.CausePrescription, "cause_prescription", "adoptions at the step caused by a landed positive prescription"),
        new(StepMeasure.CauseSocialProof, "cause_social_proof", "adoptions at the step caused by social proof"),
        new(StepMeasure.ExposuresSocialProof, "exposures_social_proof", "social-proof messages delivered at the step", Delivered: true),
        new(StepMeasure.ExposuresPrescription, "exposures_prescription", "prescriptions delivered at the step, landed or not", Delivered: true),
        new(StepMeasure.ExposuresBroadcast, "exposures_broadcast", "broadcasts delivered at the step", Delivered: true),
        new(StepMeasure.ExposuresNegative, "exposures_negative", "negative prescriptions and broadcasts delivered at the step", Delivered: true),
        new(StepMeasure.Suppressed, "suppressed", "prescriptions the brand removed before delivery at the step", Delivered: true),
        new(StepMeasure.ActivePrescribers, "active_prescribers", "nodes that prescribe at the step"),
        new(StepMeasure.NewRejected, "new_rejected", "nodes that rejected the product at the step", TotalColumn: "rejected"),
    ];

    /// <summary>How many measures a step has.</summary>
    public static int Count => All.Count;
}
