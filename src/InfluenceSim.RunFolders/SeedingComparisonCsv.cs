using System.Text.Json.Nodes;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The table <c>seeding-comparison</c> (<c>seeding-comparison.csv</c>, <c>seeding-comparison.parquet</c>) that <c>compare-seeding</c>
/// writes, and its <c>summary.json</c> form: one row per compared seeding strategy (per sweep point and strategy in a sweep, the swept keys first).
/// </summary>
public static class SeedingComparisonCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "seeding-comparison";

    /// <summary>The table's name in folders written before it was renamed (<c>comparison.csv</c>); readers fall back to it (docs/output.md).</summary>
    public const string FormerTableName = "comparison";

    public const string Header = "strategy,replicates,adopted_fraction_mean,adopted_fraction_ci95_lo,adopted_fraction_ci95_hi,difference_to_random_mean,difference_to_random_ci95_lo,difference_to_random_ci95_hi,influence_multiplier,spend_mean,adopters_per_spend,cost_effectiveness";

    private static readonly OutputColumn[] Columns =
        OutputColumn.FromHeader(Header, ColumnType.Real, ["influence_multiplier", "adopters_per_spend", "cost_effectiveness"], OutputColumn.Text("strategy"), OutputColumn.Integer("replicates"));

    /// <summary>The table of the compared strategies, in order; <c>influence_multiplier</c>, <c>adopters_per_spend</c> and <c>cost_effectiveness</c> are null when undefined.</summary>
    public static OutputTable Table(IReadOnlyList<StrategyComparison> comparisons)
    {
        ArgumentNullException.ThrowIfNull(comparisons);
        var keys = comparisons.Count == 0
            ? []
            : comparisons[0].Keys.Select((key, i) => OutputColumn.Key(key.Key, [.. comparisons.Select(c => c.Keys[i].Value)])).ToList();
        return new OutputTable(
            TableName,
            [.. keys, .. Columns],
            comparisons.Select(c => (Cell[])
            [
                .. keys.Select((column, i) => Cell.Parse(c.Keys[i].Value, column.Type)),
                Cell.Of(c.Strategy),
                Cell.Of(c.AdoptedFraction.Count),
                Cell.Of(c.AdoptedFraction.Mean),
                Cell.Of(c.AdoptedFraction.Ci95Low),
                Cell.Of(c.AdoptedFraction.Ci95High),
                Cell.Of(c.DifferenceToRandom.Mean),
                Cell.Of(c.DifferenceToRandom.Ci95Low),
                Cell.Of(c.DifferenceToRandom.Ci95High),
                Cell.Of(c.InfluenceMultiplier),
                Cell.Of(c.SpendMean),
                Cell.Of(c.AdoptersPerSpend),
                Cell.Of(c.CostEffectiveness),
            ]));
    }

    /// <summary>The text of <c>seeding-comparison.csv</c>.</summary>
    public static string Format(IReadOnlyList<StrategyComparison> comparisons) => OutputTableCsv.Format(Table(comparisons));

    /// <summary>The comparison as a JSON array for <c>summary.json</c>.</summary>
    public static JsonArray ToJson(IReadOnlyList<StrategyComparison> comparisons) =>
        [.. comparisons.Select(c =>
        {
            var json = new JsonObject();
            if (c.Keys.Count > 0)
            {
                json["keys"] = new JsonObject(c.Keys.Select(k => new KeyValuePair<string, JsonNode?>(k.Key, JsonValue.Create(k.Value))));
            }

            json["strategy"] = c.Strategy;
            json["adopted_fraction"] = SummaryJson.ToJson(c.AdoptedFraction);
            json["difference_to_random"] = SummaryJson.ToJson(c.DifferenceToRandom);
            json["influence_multiplier"] = c.InfluenceMultiplier;
            json["spend_mean"] = c.SpendMean;
            json["adopters_per_spend"] = c.AdoptersPerSpend;
            json["cost_effectiveness"] = c.CostEffectiveness;
            json["censored_replicates"] = c.CensoredReplicates;
            return json;
        })];
}
