namespace InfluenceSim.RunFolders.Statistics;

/// <summary>A closed interval [low, high] of real numbers, such as a confidence interval.</summary>
public sealed record Interval(double Low, double High);
