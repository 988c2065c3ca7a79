using InfluenceSim.RunFolders.Statistics;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.Analysis;

/// <summary>
/// The paired t test (Student 1908; R's <c>t.test(b, a, paired = TRUE)</c>): the one-sample t test of the
/// differences d = b - a, pair by pair. See docs/analysis.md, "Paired runs".
/// </summary>
public static class PairedTTest
{
    /// <summary>
    /// With n pairs, mean d̄ and sample sd s of the differences: se = s / √n, t = d̄ / se,
    /// p = 2 · P(T_(n-1) &lt; -|t|), interval d̄ ± t(0.975, n - 1) · se. When every difference is the same
    /// (s = 0), p is 1 and the interval [0, 0] when it is 0, p is 0 and the interval [d̄, d̄] otherwise.
    /// </summary>
    public static PairedTResult Compare(IReadOnlyList<double> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        var summary = SampleSummary.Of(differences);
        if (summary.Count < 2)
        {
            return new PairedTResult(summary.Mean, null, null, summary.Count);
        }

        if (summary.Sd == 0)
        {
            return summary.Mean == 0
                ? new PairedTResult(0, new Interval(0, 0), 1, summary.Count)
                : new PairedTResult(summary.Mean, new Interval(summary.Mean, summary.Mean), 0, summary.Count);
        }

        double se = summary.Sd / Math.Sqrt(summary.Count);
        double df = summary.Count - 1;
        double p = Math.Min(1, 2 * StudentT.CDF(0, 1, df, -Math.Abs(summary.Mean / se)));
        return new PairedTResult(summary.Mean, new Interval(summary.Ci95Low, summary.Ci95High), p, summary.Count);
    }
}
