namespace InfluenceSim.Engine.Analysis;

/// <summary>Which test's p-value to read for a metric: Welch's t for roughly symmetric samples, Mann–Whitney for skewed ones.</summary>
public enum PreferredTest
{
    /// <summary>Welch's t test (<see cref="WelchTest"/>).</summary>
    Welch,

    /// <summary>The Mann–Whitney U test (<see cref="MannWhitneyTest"/>).</summary>
    MannWhitney,
}
