using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Analysis;

/// <summary>
/// The paired t test of the differences b - a: their mean, its 95% interval and the two-sided p-value; the
/// interval and p-value are null with fewer than two pairs (no variance to estimate).
/// </summary>
public sealed record PairedTResult(double Difference, Interval? Ci95, double? PValue, int Pairs);
