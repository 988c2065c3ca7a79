using MathNet.Numerics.Statistics;

namespace InfluenceSim.Analysis;

/// <summary>Chooses the test to read for two samples (or, for paired runs, their differences), from their skewness.</summary>
public static class TestChoice
{
    /// <summary>The |skewness| above which a sample counts as skewed.</summary>
    public const double SkewnessLimit = 1;

    /// <summary>
    /// Mann–Whitney when either sample is skewed (|G1| &gt; 1, with G1 the adjusted Fisher–Pearson sample
    /// skewness, MathNet's <c>Statistics.Skewness</c>, Excel's <c>SKEW</c>; Joanes and Gill, The Statistician
    /// 47, 1998) or when Welch's test is undefined (a sample of one value); Welch otherwise. A sample whose
    /// skewness is undefined (fewer than 3 values, or all equal) does not count as skewed.
    /// </summary>
    public static PreferredTest For(IReadOnlyList<double> a, IReadOnlyList<double> b, bool welchDefined) =>
        !welchDefined || IsSkewed(a) || IsSkewed(b) ? PreferredTest.MannWhitney : PreferredTest.Welch;

    /// <summary>Why <see cref="For"/> chose its test, in words.</summary>
    public static string Reason(IReadOnlyList<double> a, IReadOnlyList<double> b, bool welchDefined) =>
        !welchDefined ? "a run has one replicate at the point"
        : IsSkewed(a) || IsSkewed(b) ? "a run's values are skewed (|G1| > 1)"
        : "neither run's values are skewed (|G1| <= 1)";

    /// <summary>
    /// For paired runs: the Wilcoxon signed-rank test when the differences are skewed (as in <see cref="For"/>) or
    /// when the paired t test is undefined (one pair); the paired t test otherwise.
    /// </summary>
    public static PreferredTest ForPaired(IReadOnlyList<double> differences, bool tDefined) =>
        !tDefined || IsSkewed(differences) ? PreferredTest.Wilcoxon : PreferredTest.PairedT;

    /// <summary>Why <see cref="ForPaired"/> chose its test, in words.</summary>
    public static string PairedReason(IReadOnlyList<double> differences, bool tDefined) =>
        !tDefined ? "one pair at the point"
        : IsSkewed(differences) ? "the differences are skewed (|G1| > 1)"
        : "the differences are not skewed (|G1| <= 1)";

    /// <summary>Whether |G1| &gt; <see cref="SkewnessLimit"/>; false when G1 is undefined.</summary>
    public static bool IsSkewed(IReadOnlyList<double> values)
    {
        double skewness = values.Skewness();
        return double.IsFinite(skewness) && Math.Abs(skewness) > SkewnessLimit;
    }

    /// <summary>
    /// The name of a test as the run comparison table (<see cref="RunComparisonCsv"/>) writes it: <c>welch</c>, <c>mann-whitney</c>, <c>paired-t</c> or
    /// <c>wilcoxon</c>.
    /// </summary>
    public static string Name(PreferredTest test) => test switch
    {
        PreferredTest.Welch => "welch",
        PreferredTest.MannWhitney => "mann-whitney",
        PreferredTest.PairedT => "paired-t",
        _ => "wilcoxon",
    };
}
