using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Engine.Running;

/// <summary>Turns a replicate's per-step counts into SPEC's rows: steps 0 .. the last step with an adoption.</summary>
internal static class ReplicateResults
{
    public static ReplicateResult From(ReplicateOutcome outcome)
    {
        int steps = 0;
        for (int t = outcome.NewAdopters.Length - 1; t > 0; t--)
        {
            if (outcome.NewAdopters[t] > 0)
            {
                steps = t;
                break;
            }
        }

        var rows = new StepCounts[steps + 1];
        long adopters = 0;
        for (int t = 0; t <= steps; t++)
        {
            adopters += outcome.NewAdopters[t];
            rows[t] = new StepCounts(t, outcome.NewAdopters[t], adopters, outcome.Exposures[t]);
        }

        var cascades = outcome.CascadeRoots.Select((seed, i) => new SeedCascade(seed, outcome.CascadeSizes[i], outcome.CascadeDepths[i])).ToArray();
        return new ReplicateResult(outcome.Replicate, rows, adopters, steps, outcome.Exposures.Sum()) { Cascades = cascades };
    }
}
