using System.Text.Json.Nodes;

namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// One measure over a point's replicates: mean, sample sd, t-based and bootstrap 95% intervals of the
/// mean, and the 5th, 50th and 95th percentiles of the values (<see cref="Percentile"/>).
/// </summary>
public sealed record MetricStatistics(SampleSummary Summary, Interval Ci95Bootstrap, double P5, double P50, double P95)
{
    /// <summary>The statistics of a non-empty sample whose bootstrap interval was computed beforehand (<see cref="Bootstrap"/>).</summary>
    public static MetricStatistics Of(IReadOnlyList<double> values, Interval ci95Bootstrap)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] sorted = [.. values];
        Array.Sort(sorted);
        return new MetricStatistics(
            SampleSummary.Of(values),
            ci95Bootstrap,
            Percentile.OfSorted(sorted, 0.05),
            Percentile.OfSorted(sorted, 0.50),
            Percentile.OfSorted(sorted, 0.95));
    }

    /// <summary>As <c>{mean, sd, ci95: [lo, hi], ci95_bootstrap: [lo, hi], p5, p50, p95}</c>.</summary>
    public JsonObject ToJson() => new()
    {
        ["mean"] = Summary.Mean,
        ["sd"] = Summary.Sd,
        ["ci95"] = new JsonArray(Summary.Ci95Low, Summary.Ci95High),
        ["ci95_bootstrap"] = new JsonArray(Ci95Bootstrap.Low, Ci95Bootstrap.High),
        ["p5"] = P5,
        ["p50"] = P50,
        ["p95"] = P95,
    };
}
