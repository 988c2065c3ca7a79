using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Analysis;

/// <summary>
/// Welch's test of two means: the difference B - A, its 95% interval and the two-sided p-value; the
/// interval and p-value are null when either sample has fewer than two values (no variance to estimate).
/// </summary>
public sealed record WelchResult(double Difference, Interval? Ci95, double? PValue, double? DegreesOfFreedom);
