namespace InfluenceSim.Analysis;

/// <summary>The run comparison table that <c>compare --out FILE</c> writes: one row per compared run, point and metric (docs/analysis.md).</summary>
public static class RunComparisonCsv
{
    /// <summary>The columns before the key columns.</summary>
    public const string LeadingColumns = "run_a,run_b";

    /// <summary>The columns after the key columns.</summary>
    public const string TrailingColumns =
        "metric,mean_a,mean_b,difference,difference_ci95_lo,difference_ci95_hi,welch_p,mann_whitney_p,preferred_test,p,p_holm," +
        "pairs,paired_t_p,wilcoxon_p,wilcoxon_method,test_reason,censored";

    /// <summary>The table's name: <c>compare --out FILE</c> names the file itself.</summary>
    public const string TableName = "run-comparison";

    private static readonly OutputColumn[] Trailing = OutputColumn.FromHeader(
        TrailingColumns,
        ColumnType.Real,
        ["difference_ci95_lo", "difference_ci95_hi", "welch_p", "mann_whitney_p", "p", "p_holm", "paired_t_p", "wilcoxon_p"],
        OutputColumn.Text("metric"),
        OutputColumn.Text("preferred_test"),
        new OutputColumn("pairs", ColumnType.Integer, Nullable: true),
        new OutputColumn("wilcoxon_method", ColumnType.Text, Nullable: true),
        OutputColumn.Text("test_reason"),
        OutputColumn.Integer("censored"));

    /// <summary>
    /// The table of the comparisons in the order given. <paramref name="keyColumns"/> are the first run's key
    /// columns, between <c>run_b</c> and <c>metric</c>, typed as in <c>runs</c> (<see cref="OutputColumn.Key"/>); an
    /// undefined interval or p-value is a null cell; <c>censored</c> counts the replicates behind the row (both runs')
    /// cut off at <c>max-steps</c>.
    /// </summary>
    public static OutputTable Table(IReadOnlyList<string> keyColumns, IReadOnlyList<MetricComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(keyColumns);
        ArgumentNullException.ThrowIfNull(comparisons);
        OutputColumn[] keys = [.. keyColumns.Select(column => OutputColumn.Key(column, [.. comparisons.Select(c => KeyOf(c, column))]))];
        return new OutputTable(
            TableName,
            [.. OutputColumn.FromHeader(LeadingColumns, ColumnType.Text), .. keys, .. Trailing],
            comparisons.Select(c => (Cell[])
            [
                Cell.Of(c.RunA),
                Cell.Of(c.RunB),
                .. keys.Select(column => Cell.Parse(KeyOf(c, column.Name), column.Type)),
                Cell.Of(c.Metric),
                Cell.Of(c.MeanA),
                Cell.Of(c.MeanB),
                Cell.Of(c.Difference),
                Cell.Of(c.DifferenceCi95?.Low),
                Cell.Of(c.DifferenceCi95?.High),
                Cell.Of(c.WelchP),
                Cell.Of(c.MannWhitneyP),
                Cell.Of(TestChoice.Name(c.Preferred)),
                Cell.Of(c.PreferredP),
                Cell.Of(c.HolmP),
                c.Pairs is { } pairs ? Cell.Of(pairs) : Cell.Null,
                Cell.Of(c.PairedTP),
                Cell.Of(c.Wilcoxon?.PValue),
                c.Wilcoxon is { } w ? Cell.Of(w.Exact ? "exact" : "normal") : Cell.Null,
                Cell.Of(c.Reason),
                Cell.Of(c.Censored),
            ]));
    }

    /// <summary>The table's CSV text: invariant culture, shortest round-trip doubles, LF line endings (docs/output.md).</summary>
    public static string Format(IReadOnlyList<string> keyColumns, IReadOnlyList<MetricComparison> comparisons) =>
        OutputTableCsv.Format(Table(keyColumns, comparisons));

    private static string KeyOf(MetricComparison comparison, string column) => comparison.Keys.First(k => k.Key == column).Value;
}
