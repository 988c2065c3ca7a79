using InfluenceSim.Reporting.Analysis;

namespace InfluenceSim.Reporting.Charts;

/// <summary>Exposures by kind: the mean of each exposure column per step (social proof, prescription, broadcast, negative), one line per group and kind.</summary>
public static class ExposureChart
{
    public const string Id = "exposures-by-kind";
    public const string Title = "Exposures by kind";

    /// <summary>The chart, or null when no group has an exposure column.</summary>
    public static Chart? Create(IReadOnlyList<ReplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return BreakdownChart.Create(
            groups,
            Id,
            Title,
            "exposures (mean)",
            "The mean per step of the messages delivered, by kind (columns exposures_* of timeseries.csv; negative counts the negative prescriptions and broadcasts among them), averaged over the replicates.",
            g => g.Exposures,
            Curves);
    }

    /// <summary>The chart's curves: per group, one per kind that is not 0 at every step, labelled as <see cref="CauseChart.Curves"/> are.</summary>
    public static IReadOnlyList<BandedCurve> Curves(IReadOnlyList<ReplicateGroup> shown, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return BreakdownChart.Curves(shown, g => g.Exposures, (g, c, nameGroup) => CurveStatistics.Exposure(g, c, lastStep, nameGroup));
    }
}
