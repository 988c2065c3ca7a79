using InfluenceSim.Engine.Statistics;

namespace InfluenceSim.Engine.Analysis;

/// <summary>A per-replicate measure that <c>compare</c> tests: its column name and how to read it from a replicate.</summary>
public sealed record ComparedMetric(string Name, Func<ReplicateRecord, double> Value)
{
    /// <summary>
    /// The compared metrics, in output order: <c>adopted_fraction</c>, <c>adopters</c>, <c>steps</c>,
    /// <c>exposures</c> (from <c>runs.csv</c>), <c>time_to_50</c> and <c>peak_step</c> (from the time series,
    /// <see cref="AdoptionTimes"/>).
    /// </summary>
    public static readonly IReadOnlyList<ComparedMetric> All =
    [
        new("adopted_fraction", r => r.AdoptedFraction),
        new("adopters", r => r.Result.Adopters),
        new("steps", r => r.Result.Steps),
        new("exposures", r => r.Result.Exposures),
        new("time_to_50", r => AdoptionTimes.TimeToPercent(r.Result.Timeseries, 50)),
        new("peak_step", r => AdoptionTimes.PeakStep(r.Result.Timeseries)),
    ];

    /// <summary>The metric called <paramref name="name"/>, or null.</summary>
    public static ComparedMetric? Find(string name) => All.FirstOrDefault(m => m.Name == name);
}
