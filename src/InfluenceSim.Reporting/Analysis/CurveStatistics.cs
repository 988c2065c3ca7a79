namespace InfluenceSim.Reporting.Analysis;

/// <summary>
/// Per-step means and bands over a group's replicates, from step 0 to a common last step. A
/// replicate that ended earlier counts with its final adopters carried forward and no new
/// adoptions, as the pandas recipe in docs/output.md does (<c>ffill</c>).
/// </summary>
public static class CurveStatistics
{
    /// <summary>The mean adopted fraction by the end of each step.</summary>
    public static BandedCurve AdoptedFraction(ReplicateGroup group, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Build(group.Label, group.Trajectories, lastStep, (t, s) => t.AdoptersAt(s) * group.FractionPerAdopter);
    }

    /// <summary>The mean number of new adopters at each step.</summary>
    public static BandedCurve NewAdopters(ReplicateGroup group, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Build(group.Label, group.Trajectories, lastStep, (t, s) => t.NewAdoptersAt(s));
    }

    /// <summary>The mean of a cause or exposure <paramref name="column"/> of <paramref name="group"/> at each step, labelled <paramref name="label"/>.</summary>
    public static BandedCurve Breakdown(ReplicateGroup group, string column, string label, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Build(label, group.Trajectories, lastStep, (t, s) => t.ValueAt(column, s));
    }

    private static BandedCurve Build(string label, IReadOnlyList<Trajectory> trajectories, int lastStep, Func<Trajectory, int, double> value)
    {
        var steps = new double[lastStep + 1];
        var points = new MeanInterval[lastStep + 1];
        var sample = new double[trajectories.Count];
        for (int step = 0; step <= lastStep; step++)
        {
            for (int r = 0; r < trajectories.Count; r++)
            {
                sample[r] = value(trajectories[r], step);
            }

            steps[step] = step;
            points[step] = MeanInterval.Of(sample);
        }

        return new BandedCurve(label, steps, points);
    }
}
