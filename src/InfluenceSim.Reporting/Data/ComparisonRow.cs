using InfluenceSim.RunFolders;

namespace InfluenceSim.Reporting.Data;

/// <summary>One strategy of <c>seeding-comparison.csv</c> (see docs/seeding.md): its final share and its paired difference to random seeding, each with a 95% interval.</summary>
/// <remarks>
/// <c>InfluenceMultiplier</c>: Null when the file leaves it empty (random seeding reached nobody). In a sweep the
/// swept keys' columns come before <c>strategy</c>; <see cref="Keys"/> holds them.
/// </remarks>
public sealed record ComparisonRow(
    string Strategy,
    int Replicates,
    double FractionMean,
    double FractionLower,
    double FractionUpper,
    double DifferenceMean,
    double DifferenceLower,
    double DifferenceUpper,
    double? InfluenceMultiplier)
{
    /// <summary>The sweep point's swept keys and their values, in file order; empty without a sweep.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Keys { get; init; } = [];

    /// <summary>The mean spend of the strategy's seeds, null for a file written before spend was recorded.</summary>
    public double? SpendMean { get; init; }

    /// <summary>The point (when there is one) and the strategy, as charts label the row (<see cref="KeyLabel"/>).</summary>
    public string Label => KeyLabel.Of(Keys, Strategy);

    /// <summary>Every row of a <c>seeding-comparison.csv</c>, in file order.</summary>
    public static IReadOnlyList<ComparisonRow> ReadAll(RunFolderTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        int[] c =
        [
            .. new[]
            {
                "strategy", "replicates", "adopted_fraction_mean", "adopted_fraction_ci95_lo", "adopted_fraction_ci95_hi",
                "difference_to_random_mean", "difference_to_random_ci95_lo", "difference_to_random_ci95_hi", "influence_multiplier",
            }.Select(table.IndexOf),
        ];
        int? spend = table.Find("spend_mean");
        var keys = table.Header.Take(c[0]).ToList();
        return [.. Enumerable.Range(0, table.Rows.Count).Select(r => new ComparisonRow(
            table.Text(r, c[0]),
            (int)table.Number(r, c[1]),
            table.Number(r, c[2]),
            table.Number(r, c[3]),
            table.Number(r, c[4]),
            table.Number(r, c[5]),
            table.Number(r, c[6]),
            table.Number(r, c[7]),
            table.Text(r, c[8]).Length == 0 ? null : table.Number(r, c[8]))
        {
            Keys = [.. keys.Select((key, i) => KeyValuePair.Create(key, table.Text(r, i)))],
            SpendMean = spend is { } s ? table.Number(r, s) : null,
        })];
    }
}
