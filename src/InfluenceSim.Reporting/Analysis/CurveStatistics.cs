using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>
/// The report's curves of a group with trajectories, from step 0 to a common last step, averaged per step by
/// <see cref="StepCurve"/> as <c>curves.csv</c> is. A replicate that ended earlier counts with its final adopters
/// carried forward and no new adoptions (<see cref="Trajectory"/>), as the pandas recipe in docs/output.md does (<c>ffill</c>).
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

    private static BandedCurve Build(string label, IReadOnlyList<Trajectory> trajectories, int lastStep, Func<Trajectory, int, double> value) =>
        new(label, [.. Enumerable.Range(0, lastStep + 1).Select(step => (double)step)], StepCurve.Of(trajectories.Count, lastStep, (r, step) => value(trajectories[r], step)));
}
