using InfluenceSim.Reporting.Analysis;
using ScottPlot;

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
        var shown = groups.Where(g => g.Causes.Count > 0 && g.Trajectories.Count > 0).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        int lastStep = shown.Max(g => g.LastStep);
        var curves = Curves(shown, lastStep);
        var plot = ChartCanvas.Create(Title, "step", "adoptions (mean)");
        for (int i = 0; i < curves.Count; i++)
        {
            var line = plot.Add.ScatterLine(curves[i].Steps.ToArray(), curves[i].Points.Select(p => p.Mean).ToArray(), ChartCanvas.ColorOf(i));
            line.LineWidth = 2;
            line.LegendText = curves[i].Label;
        }

        int height = ChartCanvas.PlaceLegend(plot, curves.Count, Alignment.UpperRight, showSingle: true);
        return ChartCanvas.Render(
            plot,
            Id,
            Title,
            "The mean per step of each column of timeseries.csv that names a cause of adoption, averaged over the replicates (0 once a replicate has ended).",
            height);
    }

    /// <summary>
    /// The chart's curves: per group, one per cause column in file order that is not 0 at every step (a cause
    /// the run never saw is left out), labelled by the cause alone when a single group is shown
    /// (<c>seed</c>, <c>social proof</c>) and after the group's label otherwise.
    /// </summary>
    public static IReadOnlyList<BandedCurve> Curves(IReadOnlyList<ReplicateGroup> shown, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(shown);
        bool nameGroup = shown.Count > 1;
        return [.. shown.SelectMany(g => g.Causes.Select(c => CurveStatistics.Cause(g, c, lastStep, nameGroup))).Where(c => c.Points.Any(p => p.Mean != 0))];
    }
}
