using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Analysis;

/// <summary>
/// A per-replicate measure that <c>compare</c> tests: its column name, how to read it from a replicate, and the
/// <c>runs.csv</c> column it needs when older run folders may lack it (null: every run folder has it).
/// </summary>
public sealed record ComparedMetric(string Name, Func<ReplicateRecord, double> Value, string? RunsColumn = null)
{
    /// <summary>
    /// The compared metrics, in output order: <c>adopted_fraction</c>, <c>adopters</c>, <c>steps</c>,
    /// <c>exposures</c> (from <c>runs.csv</c>), <c>time_to_50</c> and <c>peak_step</c> (from the time series,
    /// <see cref="AdoptionTimes"/>), then the attribution columns of <c>runs.csv</c>: <c>word_of_mouth_share</c>,
    /// <c>broadcast_share</c>, <c>rejected</c> and <c>cascade_depth</c>.
    /// </summary>
    public static readonly IReadOnlyList<ComparedMetric> All =
    [
        new("adopted_fraction", r => r.AdoptedFraction),
        new("adopters", r => r.Result.Adopters),
        new("steps", r => r.Result.Steps),
        new("exposures", r => r.Result.Exposures),
        new("time_to_50", r => AdoptionTimes.TimeToPercent(r.Result.Timeseries, 50)),
        new("peak_step", r => AdoptionTimes.PeakStep(r.Result.Timeseries)),
        new("word_of_mouth_share", r => r.Result.WordOfMouthShare, "word_of_mouth_share"),
        new("broadcast_share", r => r.Result.BroadcastShare, "broadcast_share"),
        new("rejected", r => r.Result.Rejected, "rejected"),
        new("cascade_depth", r => r.Result.CascadeDepth, "cascade_depth"),
    ];

    /// <summary>The metric called <paramref name="name"/>, or null.</summary>
    public static ComparedMetric? Find(string name) => All.FirstOrDefault(m => m.Name == name);

    /// <summary>Whether <paramref name="run"/> records the metric: always, unless its <c>runs.csv</c> lacks <see cref="RunsColumn"/>.</summary>
    public bool IsIn(RunData run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return RunsColumn is null || run.RunsColumns.Contains(RunsColumn, StringComparer.Ordinal);
    }
}
