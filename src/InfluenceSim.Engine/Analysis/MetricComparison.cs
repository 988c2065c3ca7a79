using InfluenceSim.Engine.Statistics;

namespace InfluenceSim.Engine.Analysis;

/// <summary>
/// One metric at one point, run B against run A: both means, the difference B - A with its Welch 95%
/// interval, both tests' two-sided p-values and the test to read. The interval and Welch's p-value are
/// null when either run has a single replicate at the point.
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
    double MannWhitneyP,
    PreferredTest Preferred)
{
    /// <summary>The p-value of the preferred test (null only when Welch's is preferred and undefined, which <see cref="TestChoice"/> avoids).</summary>
    public double? PreferredP => Preferred == PreferredTest.Welch ? WelchP : MannWhitneyP;

    /// <summary>How many of the replicates behind the row (A's and B's at the point) were cut off at <c>max-steps</c> while still active.</summary>
    public int Censored { get; init; }

    /// <summary>The point as people read it (see <see cref="RunPoint.Label"/>).</summary>
    public string PointLabel => new RunPoint(Keys, []).Label;
}
