namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// The per-step averaging behind every mean curve (<c>curves.csv</c>, the report's charts): at each step from 0 to a
/// common last step, the <see cref="SampleSummary"/> of one value per replicate. Each replicate must have a value at
/// every step; how a replicate that ended earlier counts is the caller's rule (<see cref="StepStatistics"/>: its final
/// adopters carried forward, no new adopters).
/// </summary>
public static class StepCurve
{
    /// <summary>
    /// The summaries at steps 0 .. <paramref name="lastStep"/> of <paramref name="valueAt"/>(replicate, step) over
    /// <paramref name="replicates"/> replicates (at least one), taken in replicate order so that the same values give the
    /// same bits.
    /// </summary>
    public static IReadOnlyList<SampleSummary> Of(int replicates, int lastStep, Func<int, int, double> valueAt)
    {
        ArgumentNullException.ThrowIfNull(valueAt);
        ArgumentOutOfRangeException.ThrowIfLessThan(replicates, 1);
        var sample = new double[replicates];
        var summaries = new SampleSummary[lastStep + 1];
        for (int step = 0; step <= lastStep; step++)
        {
            for (int r = 0; r < replicates; r++)
            {
                sample[r] = valueAt(r, step);
            }

            summaries[step] = SampleSummary.Of(sample);
        }

        return summaries;
    }
}
