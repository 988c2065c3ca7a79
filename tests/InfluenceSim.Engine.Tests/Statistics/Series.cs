using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Tests.Statistics;

/// <summary>Hand-made replicates: a time series from its new adopters per step, with the counts that follow from it.</summary>
internal static class Series
{
    /// <summary>Rows 0 .. n-1 with the running sum as adopters and 10 exposures per step after the first.</summary>
    public static StepCounts[] Of(params long[] newAdopters)
    {
        long adopters = 0;
        return [.. newAdopters.Select((n, t) => new StepCounts(t, n, adopters += n, t == 0 ? 0 : 10))];
    }

    /// <summary>A replicate whose time series has the given new adopters per step; steps is the last step with an adoption.</summary>
    public static ReplicateResult Replicate(int number, params long[] newAdopters)
    {
        var rows = Of(newAdopters);
        int steps = rows.LastOrDefault(r => r.Step > 0 && r.NewAdopters > 0)?.Step ?? 0;
        return new ReplicateResult(number, rows, rows[^1].Adopters, steps, rows.Sum(r => r.Exposures));
    }
}
