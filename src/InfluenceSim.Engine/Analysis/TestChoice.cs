using MathNet.Numerics.Statistics;

namespace InfluenceSim.Engine.Analysis;

/// <summary>Chooses the test to read for two samples, from their skewness.</summary>
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

    /// <summary>Whether |G1| &gt; <see cref="SkewnessLimit"/>; false when G1 is undefined.</summary>
    public static bool IsSkewed(IReadOnlyList<double> values)
    {
        double skewness = values.Skewness();
        return double.IsFinite(skewness) && Math.Abs(skewness) > SkewnessLimit;
    }

    /// <summary>The name of a test as <c>comparison.csv</c> writes it: <c>welch</c> or <c>mann-whitney</c>.</summary>
    public static string Name(PreferredTest test) => test == PreferredTest.Welch ? "welch" : "mann-whitney";
}
