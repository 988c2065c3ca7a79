namespace InfluenceSim.Analysis;

/// <summary>
/// The Wilcoxon signed-rank test of paired differences: W+ (the sum of the ranks of the positive differences, R's
/// <c>V</c>), the number of non-zero differences ranked, the two-sided p-value and whether it is exact.
/// </summary>
public sealed record WilcoxonResult(double WPlus, int NonZero, double PValue, bool Exact);
