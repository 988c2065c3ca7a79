using System.Text.Json.Nodes;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// The statistics of one sweep point (the replicates that share their key values): each measure's
/// <see cref="MetricStatistics"/> and the probability of a large cascade. Measures, per replicate:
/// <c>adopted_fraction</c>, <c>adopters</c>, <c>steps</c>, <c>exposures</c> as in <c>runs.csv</c>;
/// <c>time_to_10</c>, <c>time_to_50</c>, <c>time_to_90</c> and <c>peak_step</c> from its time series
/// (<see cref="AdoptionTimes"/>).
/// </summary>
public sealed record PointStatistics(
    int Replicates,
    IReadOnlyList<KeyValuePair<string, MetricStatistics>> Metrics,
    double LargeCascadeThreshold,
    double LargeCascadeProbability)
{
    /// <summary>The adopted fraction above which a replicate counts as a large cascade, unless stated otherwise.</summary>
    public const double DefaultLargeCascadeThreshold = 0.1;

    /// <summary>The measures, in output order.</summary>
    public static readonly IReadOnlyList<string> MetricNames =
        ["adopted_fraction", "adopters", "steps", "exposures", "time_to_10", "time_to_50", "time_to_90", "peak_step"];

    /// <summary>
    /// Summarises a point's replicates (taken in replicate order, whatever the input order) on a network of
    /// <paramref name="nodes"/> nodes (a replicate's own <see cref="ReplicateResult.Nodes"/> when it has one,
    /// as in a sweep over the network). The bootstrap intervals draw with the master seed and
    /// <paramref name="pointIndex"/> (the point's position in the run); the large-cascade probability is the
    /// share of replicates whose adopted fraction is strictly above <paramref name="largeCascadeThreshold"/>.
    /// </summary>
    public static PointStatistics Of(
        IReadOnlyList<ReplicateResult> replicates,
        int nodes,
        long masterSeed,
        int pointIndex,
        double largeCascadeThreshold = DefaultLargeCascadeThreshold)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        if (replicates.Count == 0)
        {
            throw new ArgumentException("A point has at least one replicate.", nameof(replicates));
        }

        if (!(largeCascadeThreshold is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(largeCascadeThreshold), largeCascadeThreshold, "The large-cascade threshold is a fraction between 0 and 1.");
        }

        var ordered = replicates.OrderBy(r => r.Replicate).ToList();
        double[] fractions = [.. ordered.Select(r => RunsCsv.AdoptedFraction(r.Adopters, r.Nodes ?? nodes))];
        IReadOnlyList<double>[] samples =
        [
            fractions,
            [.. ordered.Select(r => (double)r.Adopters)],
            [.. ordered.Select(r => (double)r.Steps)],
            [.. ordered.Select(r => (double)r.Exposures)],
            [.. ordered.Select(r => (double)AdoptionTimes.TimeToPercent(r.Timeseries, 10))],
            [.. ordered.Select(r => (double)AdoptionTimes.TimeToPercent(r.Timeseries, 50))],
            [.. ordered.Select(r => (double)AdoptionTimes.TimeToPercent(r.Timeseries, 90))],
            [.. ordered.Select(r => (double)AdoptionTimes.PeakStep(r.Timeseries))],
        ];
        var bootstrap = Bootstrap.Ci95(samples, masterSeed, pointIndex);
        var metrics = MetricNames.Select((name, i) => KeyValuePair.Create(name, MetricStatistics.Of(samples[i], bootstrap[i]))).ToList();
        double large = (double)fractions.Count(f => f > largeCascadeThreshold) / fractions.Length;
        return new PointStatistics(ordered.Count, metrics, largeCascadeThreshold, large);
    }

    /// <summary>The statistics of the measure named <paramref name="name"/> (one of <see cref="MetricNames"/>).</summary>
    public MetricStatistics this[string name] => Metrics.First(m => m.Key == name).Value;

    /// <summary>
    /// As a JSON object: <c>replicates</c>, one object per measure (<see cref="MetricStatistics.ToJson"/>),
    /// <c>large_cascade_threshold</c> and <c>large_cascade_probability</c>. The point's keys are the caller's
    /// to add.
    /// </summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject { ["replicates"] = Replicates };
        foreach (var (name, statistics) in Metrics)
        {
            json[name] = statistics.ToJson();
        }

        json["large_cascade_threshold"] = LargeCascadeThreshold;
        json["large_cascade_probability"] = LargeCascadeProbability;
        return json;
    }
}
