using InfluenceSim.Reporting.Analysis;

namespace InfluenceSim.Reporting.Charts;

/// <summary>Adoption by cause: the mean of each cause column per step, one line per group and cause. Drawn only when a run records causes.</summary>
public static class CauseChart
{
    public const string Id = "adoption-by-cause";
    public const string Title = "Adoption by cause";

    /// <summary>The chart, or null when no group has a cause column.</summary>
    public static Chart? Create(IReadOnlyList<ReplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return BreakdownChart.Create(
            groups,
            Id,
            Title,
            "adoptions (mean)",
            "The mean per step of each column of timeseries.csv that names a cause of adoption, averaged over the replicates (0 once a replicate has ended).",
            g => g.Causes,
            Curves);
    }

    /// <summary>
    /// The chart's curves: per group, one per cause column in file order that is not 0 at every step (a cause
    /// the run never saw is left out), labelled by the cause alone when a single group is shown
    /// (<c>seed</c>, <c>social proof</c>) and after the group's label otherwise.
    /// </summary>
    public static IReadOnlyList<BandedCurve> Curves(IReadOnlyList<ReplicateGroup> shown, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return BreakdownChart.Curves(shown, g => g.Causes, (g, c, nameGroup) => CurveStatistics.Cause(g, c, lastStep, nameGroup));
    }
}
