using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Engine.Running;

/// <summary>Turns a replicate's per-step counts into SPEC's rows (steps 0 .. the last step with an adoption) and its attribution measures.</summary>
internal static class ReplicateResults
{
    public static ReplicateResult From(ReplicateOutcome outcome)
    {
        int ran = outcome.Steps;
        int steps = 0;
        for (int t = ran - 1; t > 0; t--)
        {
            if (outcome.At(t, StepTally.NewAdopters) > 0)
            {
                steps = t;
                break;
            }
        }

        var rows = new StepCounts[steps + 1];
        long adopters = 0;
        long rejected = 0;
        long exposures = 0;
        long seeds = 0;
        long wordOfMouth = 0;
        long broadcast = 0;
        for (int t = 0; t < ran; t++)
        {
            adopters += outcome.At(t, StepTally.NewAdopters);
            rejected += outcome.At(t, StepTally.NewRejected);
            exposures += outcome.At(t, StepTally.Exposures);
            seeds += outcome.At(t, StepTally.CauseSeed);
            wordOfMouth += outcome.At(t, StepTally.CausePrescription) + outcome.At(t, StepTally.CauseSocialProof);
            broadcast += outcome.At(t, StepTally.CauseBroadcast);
            if (t <= steps)
            {
                rows[t] = Row(outcome, t, adopters, rejected);
            }
        }

        long converted = adopters - seeds;
        var cascades = outcome.CascadeRoots.Select((seed, i) => new SeedCascade(seed, outcome.CascadeSizes[i], outcome.CascadeDepths[i])).ToArray();
        return new ReplicateResult(outcome.Replicate, rows, adopters, steps, exposures)
        {
            Cascades = cascades,
            Rejected = rejected,
            CascadeDepth = outcome.MaxDepth,
            WordOfMouthShare = converted == 0 ? 0 : (double)wordOfMouth / converted,
            BroadcastShare = converted == 0 ? 0 : (double)broadcast / converted,
        };
    }

    private static StepCounts Row(ReplicateOutcome outcome, int t, long adopters, long rejected) =>
        new(t, outcome.At(t, StepTally.NewAdopters), adopters, outcome.At(t, StepTally.Exposures))
        {
            CauseSeed = outcome.At(t, StepTally.CauseSeed),
            CauseBroadcast = outcome.At(t, StepTally.CauseBroadcast),
            CausePrescription = outcome.At(t, StepTally.CausePrescription),
            CauseSocialProof = outcome.At(t, StepTally.CauseSocialProof),
            ExposuresSocialProof = outcome.At(t, StepTally.ExposuresSocialProof),
            ExposuresPrescription = outcome.At(t, StepTally.ExposuresPrescription),
            ExposuresBroadcast = outcome.At(t, StepTally.ExposuresBroadcast),
            ExposuresNegative = outcome.At(t, StepTally.ExposuresNegative),
            Suppressed = outcome.At(t, StepTally.Suppressed),
            ActivePrescribers = outcome.At(t, StepTally.ActivePrescribers),
            NewRejected = outcome.At(t, StepTally.NewRejected),
            Rejected = rejected,
        };
}
