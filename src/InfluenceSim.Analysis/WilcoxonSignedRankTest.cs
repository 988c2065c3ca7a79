using MathNet.Numerics.Distributions;

namespace InfluenceSim.Analysis;

/// <summary>
/// The Wilcoxon signed-rank test of paired differences, two-sided (Wilcoxon 1945; Hollander, Wolfe and Chicken,
/// "Nonparametric Statistical Methods", 3rd ed., 2014, section 3.1). See docs/analysis.md, "Paired runs".
/// </summary>
public static class WilcoxonSignedRankTest
{
    /// <summary>The most non-zero differences for which the exact null distribution is used (without ties).</summary>
    public const int ExactLimit = 25;

    /// <summary>Two absolute differences that agree to this relative tolerance are tied (b - a is computed in floating point).</summary>
    public const double TieTolerance = 1e-9;

    /// <summary>
    /// Drops the zero differences; ranks the n remaining |d| (midranks for ties); W+ = the sum of the ranks of the
    /// positive d. With n ≤ <see cref="ExactLimit"/> and no ties, p = min(1, 2 · min(P(W+ ≤ w), P(W+ ≥ w))) under
    /// the exact null distribution (every sign pattern equally likely). Otherwise the normal approximation with the
    /// tie and continuity corrections: μ = n(n + 1)/4, σ² = n(n + 1)(2n + 1)/24 - Σ(t³ - t)/48 over the groups of t
    /// tied |d|, z = max(0, |w - μ| - 1/2) / σ, p = min(1, 2 · (1 - Φ(z))). No non-zero difference: p = 1.
    /// </summary>
    public static WilcoxonResult Compare(IReadOnlyList<double> differences)
    {
        ArgumentNullException.ThrowIfNull(differences);
        double[] nonZero = [.. differences.Where(d => d != 0).OrderBy(Math.Abs)];
        int n = nonZero.Length;
        if (n == 0)
        {
            return new WilcoxonResult(0, 0, 1, true);
        }

        double wPlus = 0;
        double ties = 0;
        for (int start = 0; start < n;)
        {
            int end = start;
            while (end + 1 < n && Tied(Math.Abs(nonZero[end + 1]), Math.Abs(nonZero[start])))
            {
                end++;
            }

            double t = end - start + 1;
            double midrank = (start + end + 2) / 2.0;
            ties += (t * t * t) - t;
            for (int i = start; i <= end; i++)
            {
                wPlus += nonZero[i] > 0 ? midrank : 0;
            }

            start = end + 1;
        }

        if (n <= ExactLimit && ties == 0)
        {
            return new WilcoxonResult(wPlus, n, ExactP(n, (int)wPlus), true);
        }

        double mean = n * (n + 1) / 4.0;
        double variance = (n * (n + 1.0) * ((2.0 * n) + 1) / 24) - (ties / 48);
        double z = Math.Max(0, Math.Abs(wPlus - mean) - 0.5) / Math.Sqrt(variance);
        return new WilcoxonResult(wPlus, n, Math.Min(1, 2 * Normal.CDF(0, 1, -z)), false);
    }

    /// <summary>Two-sided exact p of W+ = <paramref name="w"/> with n untied ranks: counts the 2ⁿ sign patterns by their W+.</summary>
    private static double ExactP(int n, int w)
    {
        int most = n * (n + 1) / 2;
        var counts = new double[most + 1];
        counts[0] = 1;
        for (int rank = 1; rank <= n; rank++)
        {
            for (int sum = most; sum >= rank; sum--)
            {
                counts[sum] += counts[sum - rank];
            }
        }

        double total = Math.Pow(2, n);
        double below = counts.Take(w + 1).Sum() / total;
        double above = counts.Skip(w).Sum() / total;
        return Math.Min(1, 2 * Math.Min(below, above));
    }

    private static bool Tied(double x, double y) => Math.Abs(x - y) <= TieTolerance * Math.Max(x, y);
}
