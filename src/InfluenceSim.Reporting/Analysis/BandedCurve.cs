using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>A mean per step over a group's replicates with its 95% interval: one line and its band.</summary>
public sealed record BandedCurve(string Label, IReadOnlyList<double> Steps, IReadOnlyList<SampleSummary> Points);
