using InfluenceSim.Abstractions.Counting;

namespace InfluenceSim.RunFolders.Results;

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

    /// <summary>The row's count of <paramref name="measure"/>.</summary>
    public long this[StepMeasure measure] => measure switch
    {
        StepMeasure.NewAdopters => NewAdopters,
        StepMeasure.Exposures => Exposures,
        StepMeasure.CauseSeed => CauseSeed,
        StepMeasure.CauseBroadcast => CauseBroadcast,
        StepMeasure.CausePrescription => CausePrescription,
        StepMeasure.CauseSocialProof => CauseSocialProof,
        StepMeasure.ExposuresSocialProof => ExposuresSocialProof,
        StepMeasure.ExposuresPrescription => ExposuresPrescription,
        StepMeasure.ExposuresBroadcast => ExposuresBroadcast,
        StepMeasure.ExposuresNegative => ExposuresNegative,
        StepMeasure.Suppressed => Suppressed,
        StepMeasure.ActivePrescribers => ActivePrescribers,
        _ => NewRejected,
    };

    /// <summary>The running sum of <paramref name="measure"/> by the end of the step (see <see cref="StepMeasureInfo.TotalColumn"/>).</summary>
    public long TotalOf(StepMeasure measure) => measure switch
    {
        StepMeasure.NewAdopters => Adopters,
        StepMeasure.NewRejected => Rejected,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "the measure has no running sum"),
    };

    /// <summary>A row from its step, running sums and a count per measure.</summary>
    public static StepCounts From(int step, long adopters, long rejected, Func<StepMeasure, long> count) =>
        new(step, count(StepMeasure.NewAdopters), adopters, count(StepMeasure.Exposures))
        {
            CauseSeed = count(StepMeasure.CauseSeed),
            CauseBroadcast = count(StepMeasure.CauseBroadcast),
            CausePrescription = count(StepMeasure.CausePrescription),
            CauseSocialProof = count(StepMeasure.CauseSocialProof),
            ExposuresSocialProof = count(StepMeasure.ExposuresSocialProof),
            ExposuresPrescription = count(StepMeasure.ExposuresPrescription),
            ExposuresBroadcast = count(StepMeasure.ExposuresBroadcast),
            ExposuresNegative = count(StepMeasure.ExposuresNegative),
            Suppressed = count(StepMeasure.Suppressed),
            ActivePrescribers = count(StepMeasure.ActivePrescribers),
            NewRejected = count(StepMeasure.NewRejected),
            Rejected = rejected,
        };
}
