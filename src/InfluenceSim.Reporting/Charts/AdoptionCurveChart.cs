using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>The adoption curve: mean adopted fraction by the end of each step, with its 95% band, one series per group.</summary>
public static class AdoptionCurveChart
{
    public const string Id = "adoption-curve";
    public const string Title = "Adoption curve";

    public static Chart Create(IReadOnlyList<ReplicateGroup> groups, SeriesColours colours) => BandedCurvePlot.Chart(
        groups,
        colours,
        Id,
        Title,
        "adopted fraction (mean, 95% band)",
        CurveStatistics.AdoptedFraction,
        Alignment.LowerRight,
        "Share of the network that had adopted by the end of each step (seeds at step 0), averaged over the replicates, with the t-based 95% confidence band of that mean. "
        + "A replicate that ended before the last step keeps its final count, so every curve ends flat at the mean final share.");
}
