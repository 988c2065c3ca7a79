using InfluenceSim.Reporting.Analysis;

namespace InfluenceSim.Reporting.Charts;

/// <summary>The report's breakdown charts: adoption by cause and exposures by kind, drawn only when a run records those columns.</summary>
public static class BreakdownCharts
{
    public static BreakdownChart Causes { get; } = new(
        "adoption-by-cause",
        "Adoption by cause",
        "adoptions (mean)",
        "The mean per step of each column of timeseries.csv that names a cause of adoption, averaged over the replicates (0 once a replicate has ended).",
        g => g.Causes,
        RunGrouping.CauseLabel);

    public static BreakdownChart Exposures { get; } = new(
        "exposures-by-kind",
        "Exposures by kind",
        "exposures (mean)",
        "The mean per step of the messages delivered, by kind (columns exposures_* of timeseries.csv; negative counts the negative prescriptions and broadcasts among them), averaged over the replicates.",
        g => g.Exposures,
        RunGrouping.ExposureLabel);
}
