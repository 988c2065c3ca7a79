using System.Text.Json.Nodes;
using InfluenceSim.Engine.Statistics;

namespace InfluenceSim.Engine.Output;

/// <summary>The table <c>comparison</c> (<c>comparison.csv</c>, <c>comparison.parquet</c>) and its <c>summary.json</c> form: one row per compared seeding strategy.</summary>
public static class ComparisonCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "comparison";

    public const string Header = "strategy,replicates,adopted_fraction_mean,adopted_fraction_ci95_lo,adopted_fraction_ci95_hi,difference_to_random_mean,difference_to_random_ci95_lo,difference_to_random_ci95_hi,influence_multiplier";

    /// <summary>The table of the compared strategies, in order; <c>influence_multiplier</c> is null when it is undefined.</summary>
    public static OutputTable Table(IReadOnlyList<StrategyComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var table = new OutputTable(
            TableName,
            [
                OutputColumn.Text("strategy"),
                OutputColumn.Integer("replicates"),
                OutputColumn.Real("adopted_fraction_mean"),
                OutputColumn.Real("adopted_fraction_ci95_lo"),
                OutputColumn.Real("adopted_fraction_ci95_hi"),
                OutputColumn.Real("difference_to_random_mean"),
                OutputColumn.Real("difference_to_random_ci95_lo"),
                OutputColumn.Real("difference_to_random_ci95_hi"),
                OutputColumn.Real("influence_multiplier", nullable: true),
            ]);
        foreach (var c in comparisons)
        {
            table.Add(
                Cell.Of(c.Strategy),
                Cell.Of(c.AdoptedFraction.Count),
                Cell.Of(c.AdoptedFraction.Mean),
                Cell.Of(c.AdoptedFraction.Ci95Low),
                Cell.Of(c.AdoptedFraction.Ci95High),
                Cell.Of(c.DifferenceToRandom.Mean),
                Cell.Of(c.DifferenceToRandom.Ci95Low),
                Cell.Of(c.DifferenceToRandom.Ci95High),
                Cell.Of(c.InfluenceMultiplier));
        }

        return table;
    }

    /// <summary>The text of <c>comparison.csv</c>.</summary>
    public static string Format(IReadOnlyList<StrategyComparison> comparisons) => OutputTableCsv.Format(Table(comparisons));

    /// <summary>The comparison as a JSON array for <c>summary.json</c>.</summary>
    public static JsonArray ToJson(IReadOnlyList<StrategyComparison> comparisons) =>
        [.. comparisons.Select(c => new JsonObject
        {
            ["strategy"] = c.Strategy,
            ["adopted_fraction"] = SummaryJson.ToJson(c.AdoptedFraction),
            ["difference_to_random"] = SummaryJson.ToJson(c.DifferenceToRandom),
            ["influence_multiplier"] = c.InfluenceMultiplier,
        })];
}
