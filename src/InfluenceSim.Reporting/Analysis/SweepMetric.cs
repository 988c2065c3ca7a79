using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>A per-replicate measure of <c>runs.csv</c> that sweep plots show against a swept key.</summary>
/// <remarks><c>Column</c>: The <c>runs.csv</c> column. <c>Title</c>: How the measure reads in a chart.</remarks>
public sealed record SweepMetric(string Column, string Title, Func<ReplicateRecord, double> Value)
{
    public static SweepMetric AdoptedFraction { get; } = new("adopted_fraction", "final adopted fraction", o => o.AdoptedFraction);

    public static SweepMetric Steps { get; } = new("steps", "steps to the last adoption", o => o.Result.Steps);

    /// <summary>The measures every sweep plot is drawn for, in report order.</summary>
    public static IReadOnlyList<SweepMetric> All { get; } = [AdoptedFraction, Steps];
}
