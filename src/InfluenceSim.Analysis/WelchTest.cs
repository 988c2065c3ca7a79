using InfluenceSim.RunFolders.Statistics;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.Analysis;

/// <summary>
/// Welch's unequal-variances t test (Welch, "The generalization of 'Student's' problem when several
/// different population variances are involved", Biometrika 34, 1947) with the Welch–Satterthwaite
/// degrees of freedom (Satterthwaite, Biometrics Bulletin 2, 1946); R's <c>t.test(b, a)</c>.
/// </summary>
public static class WelchTest
{
    /// <summary>
    /// Compares sample <paramref name="b"/> with sample <paramref name="a"/>: d = mean(b) - mean(a),
    /// se² = s²a/na + s²b/nb, df = se⁴ / ((s²a/na)²/(na - 1) + (s²b/nb)²/(nb - 1)), t = d / se,
    /// p = 2 · P(T_df &lt; -|t|), interval d ± t(0.975, df) · se. When both variances are 0 (se = 0) the
    /// samples are constants: p is 1 and the interval [0, 0] when they are equal, p is 0 and the interval
    /// [d, d] when they differ.
    /// </summary>
    public static WelchResult Compare(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var sa = SampleSummary.Of(a);
        var sb = SampleSummary.Of(b);
        double difference = sb.Mean - sa.Mean;
        if (sa.Count < 2 || sb.Count < 2)
        {
            return new WelchResult(difference, null, null, null);
        }

        double va = sa.Sd * sa.Sd / sa.Count;
        double vb = sb.Sd * sb.Sd / sb.Count;
        double variance = va + vb;
        if (variance == 0)
        {
            return difference == 0
                ? new WelchResult(0, new Interval(0, 0), 1, null)
                : new WelchResult(difference, new Interval(difference, difference), 0, null);
        }

        double df = variance * variance / ((va * va / (sa.Count - 1)) + (vb * vb / (sb.Count - 1)));
        double se = Math.Sqrt(variance);
        double p = Math.Min(1, 2 * StudentT.CDF(0, 1, df, -Math.Abs(difference / se)));
        double half = StudentT.InvCDF(0, 1, df, 0.975) * se;
        return new WelchResult(difference, new Interval(difference - half, difference + half), p, df);
    }
}
