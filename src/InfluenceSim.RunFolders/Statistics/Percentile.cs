namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// Sample percentiles by linear interpolation between order statistics: definition 7 of Hyndman and
/// Fan, "Sample quantiles in statistical packages", The American Statistician 50(4), 1996; the default
/// of NumPy's <c>percentile</c>, R's <c>quantile</c> and DuckDB's <c>quantile_cont</c>.
/// </summary>
public static class Percentile
{
    /// <summary>
    /// The <paramref name="p"/>-quantile (0 &lt;= p &lt;= 1) of a non-empty sample sorted ascending: with
    /// h = (n - 1) · p and k = ⌊h⌋, x[k] + (h - k) · (x[k + 1] - x[k]); x[k] itself when h is whole.
    /// </summary>
    public static double OfSorted(IReadOnlyList<double> sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            throw new ArgumentException("A percentile needs at least one value.", nameof(sorted));
        }

        if (!(p is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(p), p, "A percentile's level is between 0 and 1.");
        }

        double h = (sorted.Count - 1) * p;
        int k = (int)Math.Floor(h);
        double fraction = h - k;
        return fraction == 0 ? sorted[k] : sorted[k] + (fraction * (sorted[k + 1] - sorted[k]));
    }

    /// <summary>The <paramref name="p"/>-quantile of a non-empty sample in any order (a sorted copy is taken).</summary>
    public static double Of(IReadOnlyList<double> values, double p)
    {
        ArgumentNullException.ThrowIfNull(values);
        double[] sorted = [.. values];
        Array.Sort(sorted);
        return OfSorted(sorted, p);
    }
}
