using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>A measure's mean and 95% interval at each value of a swept key, for one combination of the other keys.</summary>
public sealed record SweepLine(string Label, IReadOnlyList<double> X, IReadOnlyList<SampleSummary> Y);
