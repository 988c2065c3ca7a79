using System.Text;

namespace InfluenceSim.Analysis;

/// <summary>The text of the run comparison table that <c>compare --out FILE</c> writes: one row per compared run, point and metric (docs/analysis.md).</summary>
public static class RunComparisonCsv
{
    /// <summary>The columns before the key columns.</summary>
    public const string LeadingColumns = "run_a,run_b";

    /// <summary>The columns after the key columns.</summary>
    public const string TrailingColumns =
        "metric,mean_a,mean_b,difference,difference_ci95_lo,difference_ci95_hi,welch_p,mann_whitney_p,preferred_test,p,p_holm," +
        "pairs,paired_t_p,wilcoxon_p,wilcoxon_method,test_reason,censored";

    /// <summary>
    /// Formats the comparisons in the order given. <paramref name="keyColumns"/> are the first run's key
    /// columns, between <c>run_b</c> and <c>metric</c>; an undefined interval or p-value is an empty cell; <c>censored</c> counts the
    /// replicates behind the row (both runs') cut off at <c>max-steps</c>.
    /// Invariant culture, shortest round-trip doubles, LF line endings (output.md).
    /// </summary>
    public static string Format(IReadOnlyList<string> keyColumns, IReadOnlyList<MetricComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(keyColumns);
        ArgumentNullException.ThrowIfNull(comparisons);
        var text = new StringBuilder();
        CsvFormat.AppendLine(text, [LeadingColumns, .. keyColumns.Select(CsvFormat.Text), TrailingColumns]);
        foreach (var c in comparisons)
        {
            CsvFormat.AppendLine(
                text,
                [
                    CsvFormat.Text(c.RunA),
                    CsvFormat.Text(c.RunB),
                    .. keyColumns.Select(column => CsvFormat.Text(c.Keys.First(k => k.Key == column).Value)),
                    c.Metric,
                    CsvFormat.Real(c.MeanA),
                    CsvFormat.Real(c.MeanB),
                    CsvFormat.Real(c.Difference),
                    Optional(c.DifferenceCi95?.Low),
                    Optional(c.DifferenceCi95?.High),
                    Optional(c.WelchP),
                    Optional(c.MannWhitneyP),
                    TestChoice.Name(c.Preferred),
                    Optional(c.PreferredP),
                    Optional(c.HolmP),
                    c.Pairs is { } pairs ? CsvFormat.Integer(pairs) : "",
                    Optional(c.PairedTP),
                    Optional(c.Wilcoxon?.PValue),
                    c.Wilcoxon is { } w ? (w.Exact ? "exact" : "normal") : "",
                    CsvFormat.Text(c.Reason),
                    CsvFormat.Integer(c.Censored),
                ]);
        }

        return text.ToString();
    }

    private static string Optional(double? value) => value is { } v ? CsvFormat.Real(v) : "";
}
