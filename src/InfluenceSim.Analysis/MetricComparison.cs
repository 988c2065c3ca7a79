using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Analysis;

/// <summary>
/// One metric at one point, run B against run A: both means, the difference B - A with its 95% interval, the
/// p-values of the tests of its design and the test to read (docs/analysis.md). Unpaired runs have Welch's interval
/// and both Welch's and the Mann–Whitney p-values; paired runs have the paired t interval and the paired t and
/// Wilcoxon signed-rank p-values. The interval and the t p-value are null with a single replicate (or pair) at the point.
/// </summary>
public sealed record MetricComparison(
    string RunA,
    string RunB,
    IReadOnlyList<KeyValuePair<string, string>> Keys,
    string Metric,
    double MeanA,
    double MeanB,
    double Difference,
    Interval? DifferenceCi95,
    double? WelchP,
    double? MannWhitneyP,
    PreferredTest Preferred)
{
    /// <summary>The number of pairs when the runs are paired (<see cref="RunPairing"/>); null when they are not.</summary>
    public int? Pairs { get; init; }

    /// <summary>The paired t test's two-sided p-value; null when unpaired or undefined.</summary>
    public double? PairedTP { get; init; }

    /// <summary>The Wilcoxon signed-rank test; null when unpaired.</summary>
    public WilcoxonResult? Wilcoxon { get; init; }

    /// <summary>Why <see cref="Preferred"/> is the test to read, in words.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The preferred p-value corrected by Holm over the family of one <c>compare</c> call (<see cref="HolmCorrection"/>); null when the raw one is.</summary>
    public double? HolmP { get; init; }

    /// <summary>Whether the runs were compared as paired.</summary>
    public bool Paired => Pairs is not null;

    /// <summary>The p-value of the preferred test (null only when a t test is preferred and undefined, which <see cref="TestChoice"/> avoids).</summary>
    public double? PreferredP => Preferred switch
    {
        PreferredTest.Welch => WelchP,
        PreferredTest.MannWhitney => MannWhitneyP,
        PreferredTest.PairedT => PairedTP,
        _ => Wilcoxon?.PValue,
    };

    /// <summary>How many of the replicates behind the row (A's and B's at the point) were cut off at <c>max-steps</c> while still active.</summary>
    public int Censored { get; init; }

    /// <summary>The point as people read it (see <see cref="RunPoint.Label"/>).</summary>
    public string PointLabel => new RunPoint(Keys, []).Label;
}
