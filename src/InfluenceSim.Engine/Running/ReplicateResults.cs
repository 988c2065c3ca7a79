using InfluenceSim.Abstractions.Counting;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Running;

/// <summary>Turns a replicate's per-step counts into the rows of docs/output.md (steps 0 .. the last step with an adoption) and its attribution measures.</summary>
internal static class ReplicateResults
{
    public static ReplicateResult From(int replicate, ReplicateLedger outcome)
    {
        int ran = outcome.Steps;
        int steps = 0;
        for (int t = ran - 1; t > 0; t--)
        {
            if (outcome.At(t, StepMeasure.NewAdopters) > 0)
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
            adopters += outcome.At(t, StepMeasure.NewAdopters);
            rejected += outcome.At(t, StepMeasure.NewRejected);
            exposures += outcome.At(t, StepMeasure.Exposures);
            seeds += outcome.At(t, StepMeasure.CauseSeed);
            wordOfMouth += outcome.At(t, StepMeasure.CausePrescription) + outcome.At(t, StepMeasure.CauseSocialProof);
            broadcast += outcome.At(t, StepMeasure.CauseBroadcast);
            if (t <= steps)
            {
                rows[t] = Row(outcome, t, adopters, rejected);
            }
        }

        long converted = adopters - seeds;
        var cascades = outcome.Cascades.Select(c => new SeedCascade(c.Key, c.Value.Size, c.Value.Depth)).ToArray();
        return new ReplicateResult(replicate, rows, adopters, steps, exposures)
        {
            Cascades = cascades,
            Rejected = rejected,
            CascadeDepth = outcome.MaxDepth,
            WordOfMouthShare = converted == 0 ? 0 : (double)wordOfMouth / converted,
            BroadcastShare = converted == 0 ? 0 : (double)broadcast / converted,
            EndedBy = outcome.EndedBy,
        };
    }

    private static StepCounts Row(ReplicateLedger outcome, int t, long adopters, long rejected) =>
        StepCounts.From(t, adopters, rejected, measure => outcome.At(t, measure));
}
