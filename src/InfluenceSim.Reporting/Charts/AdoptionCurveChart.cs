using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>The adoption curve: mean adopted fraction by the end of each step, with its 95% band, one series per group.</summary>
public static class AdoptionCurveChart
{
    public const string Id = "adoption-curve";
    public const string Title = "Adoption curve";

    public static Chart Create(IReadOnlyList<ReplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var shown = groups.Where(g => g.Trajectories.Count > 0).ToList();
        int lastStep = shown.Count == 0 ? 0 : shown.Max(g => g.LastStep);
        var plot = ChartCanvas.Create(Title, "step", "adopted fraction (mean, 95% band)");
        BandedCurvePlot.Add(plot, [.. shown.Select(g => CurveStatistics.AdoptedFraction(g, lastStep))]);
        int height = ChartCanvas.PlaceLegend(plot, shown.Count, Alignment.LowerRight);
        return ChartCanvas.Render(
            plot,
            Id,
            Title,
            "Share of the network that had adopted by the end of each step (seeds at step 0), averaged over the replicates, with the t-based 95% confidence band of that mean. "
            + "A replicate that ended before the last step keeps its final count, so every curve ends flat at the mean final share.",
            height);
    }
}
