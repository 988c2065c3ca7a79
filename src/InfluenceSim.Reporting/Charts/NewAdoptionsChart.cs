using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>New adoptions per step: mean new adopters at each step, with its 95% band, one series per group.</summary>
public static class NewAdoptionsChart
{
    public const string Id = "new-adoptions";
    public const string Title = "New adoptions per step";

    public static Chart Create(IReadOnlyList<ReplicateGroup> groups, SeriesColours colours) => BandedCurvePlot.Chart(
        groups,
        colours,
        Id,
        Title,
        "new adopters (mean, 95% band)",
        CurveStatistics.NewAdopters,
        Alignment.UpperRight,
        "Nodes that adopted at each step (step 0: the seeds), averaged over the replicates (0 once a replicate has ended), with the 95% band of the mean. "
        + "The peak is when word of mouth spreads fastest; a long tail is a slow trickle.");
}
