namespace InfluenceSim.Analysis;

/// <summary>Which test's p-value to read for a metric: a t test for roughly symmetric samples, a rank test for skewed ones; paired tests for paired runs.</summary>
public enum PreferredTest
{
    /// <summary>Welch's t test (<see cref="WelchTest"/>), for unpaired runs.</summary>
    Welch,

    /// <summary>The Mann–Whitney U test (<see cref="MannWhitneyTest"/>), for unpaired runs.</summary>
    MannWhitney,

    /// <summary>The paired t test (<see cref="PairedTTest"/>), for paired runs.</summary>
    PairedT,

    /// <summary>The Wilcoxon signed-rank test (<see cref="WilcoxonSignedRankTest"/>), for paired runs.</summary>
    Wilcoxon,
}
