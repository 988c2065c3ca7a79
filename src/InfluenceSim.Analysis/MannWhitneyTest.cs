using MathNet.Numerics.Distributions;

namespace InfluenceSim.Analysis;

/// <summary>
/// The Mann–Whitney U test (Mann and Whitney, Annals of Mathematical Statistics 18, 1947), two-sided, by
/// the normal approximation with the tie correction and the continuity correction (Hollander, Wolfe
/// and Chicken, "Nonparametric Statistical Methods", 3rd ed., 2014, chapter 4); R's
/// <c>wilcox.test(a, b, exact = FALSE, correct = TRUE)</c> and SciPy's <c>mannwhitneyu(method="asymptotic")</c>.
/// </summary>
public static class MannWhitneyTest
{
    /// <summary>
    /// Ranks the pooled sample (midranks for ties); U = (sum of A's ranks) - na(na + 1)/2;
    /// σ² = na·nb/12 · ((N + 1) - Σ(t³ - t) / (N(N - 1))) over the groups of t tied values;
    /// z = max(0, |U - na·nb/2| - 1/2) / σ; p = min(1, 2 · (1 - Φ(z))). When every value is tied (σ = 0)
    /// there is nothing to rank and p is 1.
    /// </summary>
    public static MannWhitneyResult Compare(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            throw new ArgumentException("Both samples need at least one value.");
        }

        var pooled = a.Select(v => (Value: v, FromA: true)).Concat(b.Select(v => (Value: v, FromA: false))).OrderBy(x => x.Value).ToArray();
        double n = pooled.Length;
        double rankSumA = 0;
        double ties = 0;
        for (int start = 0; start < pooled.Length;)
        {
            int end = start;
            while (end + 1 < pooled.Length && pooled[end + 1].Value == pooled[start].Value)
            {
                end++;
            }

            double t = end - start + 1;
            double midrank = (start + end + 2) / 2.0;
            ties += (t * t * t) - t;
            for (int i = start; i <= end; i++)
            {
                rankSumA += pooled[i].FromA ? midrank : 0;
            }

            start = end + 1;
        }

        double na = a.Count;
        double nb = b.Count;
        double u = rankSumA - (na * (na + 1) / 2);
        double variance = na * nb / 12 * ((n + 1) - (ties / (n * (n - 1))));
        if (variance <= 0)
        {
            return new MannWhitneyResult(u, 1);
        }

        double z = Math.Max(0, Math.Abs(u - (na * nb / 2)) - 0.5) / Math.Sqrt(variance);
        return new MannWhitneyResult(u, Math.Min(1, 2 * Normal.CDF(0, 1, -z)));
    }
}
