namespace InfluenceSim.Reporting.Analysis;

/// <summary>One group's counts in the bins of a <see cref="Histogram"/>.</summary>
public sealed record HistogramSeries(string Label, IReadOnlyList<int> Counts);
