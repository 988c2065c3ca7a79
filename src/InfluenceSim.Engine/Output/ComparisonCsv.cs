using System.Text;
using System.Text.Json.Nodes;
using InfluenceSim.Engine.Statistics;

namespace InfluenceSim.Engine.Output;

/// <summary>The text of <c>comparison.csv</c> (and its <c>summary.json</c> form): one row per compared seeding strategy.</summary>
public static class ComparisonCsv
{
    public const string Header = "strategy,replicates,adopted_fraction_mean,adopted_fraction_ci95_lo,adopted_fraction_ci95_hi,difference_to_random_mean,difference_to_random_ci95_lo,difference_to_random_ci95_hi,influence_multiplier";

    public static string Format(IReadOnlyList<StrategyComparison> comparisons)
    {
        var text = new StringBuilder();
        CsvFormat.AppendLine(text, Header);
        foreach (var c in comparisons)
        {
            CsvFormat.AppendLine(
                text,
                c.Strategy,
                CsvFormat.Integer(c.AdoptedFraction.Count),
                CsvFormat.Real(c.AdoptedFraction.Mean),
                CsvFormat.Real(c.AdoptedFraction.Ci95Low),
                CsvFormat.Real(c.AdoptedFraction.Ci95High),
                CsvFormat.Real(c.DifferenceToRandom.Mean),
                CsvFormat.Real(c.DifferenceToRandom.Ci95Low),
                CsvFormat.Real(c.DifferenceToRandom.Ci95High),
                c.InfluenceMultiplier is { } m ? CsvFormat.Real(m) : string.Empty);
        }

        return text.ToString();
    }

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
