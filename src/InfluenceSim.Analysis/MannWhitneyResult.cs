namespace InfluenceSim.Analysis;

/// <summary>The Mann–Whitney U statistic of sample A (R's <c>W</c> for <c>wilcox.test(a, b)</c>) and the two-sided p-value.</summary>
public sealed record MannWhitneyResult(double U, double PValue);
