using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders.Statistics;

/// <summary>The timing of one replicate's cascade, read from its time series (one row per step, in step order).</summary>
public static class AdoptionTimes
{
    /// <summary>
    /// The first step at which the replicate's adopters reached <paramref name="percent"/>% of its final
    /// adopters (the last row's): the first row with adopters · 100 &gt;= percent · final, compared in
    /// integers so that no rounding moves the step. A replicate that ends with no adopters reaches every
    /// share at its first step (0).
    /// </summary>
    public static int TimeToPercent(IReadOnlyList<StepCounts> timeseries, int percent)
    {
        Check(timeseries);
        if (percent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A share of the final adopters is between 0 and 100 percent.");
        }

        long final = timeseries[^1].Adopters;
        foreach (var row in timeseries)
        {
            if (row.Adopters * 100 >= percent * final)
            {
                return row.Step;
            }
        }

        return timeseries[^1].Step;
    }

    /// <summary>
    /// The step with the most new adopters, the earliest on ties. Step 0 counts (its new adopters are the
    /// seeds), so a cascade whose every later wave is smaller than its seed set peaks at 0.
    /// </summary>
    public static int PeakStep(IReadOnlyList<StepCounts> timeseries)
    {
        Check(timeseries);
        var peak = timeseries[0];
        foreach (var row in timeseries)
        {
            if (row.NewAdopters > peak.NewAdopters)
            {
                peak = row;
            }
        }

        return peak.Step;
    }

    private static void Check(IReadOnlyList<StepCounts> timeseries)
    {
        ArgumentNullException.ThrowIfNull(timeseries);
        if (timeseries.Count == 0)
        {
            throw new ArgumentException("A replicate's time series has at least the row of step 0.", nameof(timeseries));
        }
    }
}
