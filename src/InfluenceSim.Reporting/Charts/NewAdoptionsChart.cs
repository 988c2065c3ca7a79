using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>New adoptions per step: mean new adopters at each step, with its 95% band, one series per group.</summary>
public static class NewAdoptionsChart
{
    public const string Id = "new-adoptions";
    public const string Title = "New adoptions per step";

    public static Chart Create(IReadOnlyList<ReplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var shown = groups.Where(g => g.Trajectories.Count > 0).ToList();
        int lastStep = shown.Count == 0 ? 0 : shown.Max(g => g.LastStep);
        var plot = ChartCanvas.Create(Title, "step", "new adopters (mean, 95% band)");
        BandedCurvePlot.Add(plot, [.. shown.Select(g => CurveStatistics.NewAdopters(g, lastStep))]);
        int height = ChartCanvas.PlaceLegend(plot, shown.Count, Alignment.UpperRight);
        return ChartCanvas.Render(
            plot,
            Id,
            Title,
            "Nodes that adopted at each step (step 0: the seeds), averaged over the replicates (0 once a replicate has ended), with the 95% band of the mean. "
            + "The peak is when word of mouth spreads fastest; a long tail is a slow trickle.",
            height);
    }
}
