using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.RunFolders.Statistics;

/// <summary>Compares the groups of a <c>compare-seeding</c> run, each against the <c>random</c> group.</summary>
public static class SeedingComparison
{
    /// <summary>The key column that names a replicate's strategy.</summary>
    public const string StrategyColumn = "seeding.strategy";

    /// <summary>The baseline every strategy is compared with.</summary>
    public const string Baseline = StrategyNames.Random;

    /// <summary>One comparison per strategy, in the order the strategies ran; <paramref name="keys"/> names the sweep point, if any.</summary>
    public static IReadOnlyList<StrategyComparison> Compare(RunResult result, IReadOnlyList<KeyValuePair<string, string>>? keys = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var groups = result.Replicates
            .GroupBy(r => (r.Group, Strategy: r.Keys.First(k => k.Key == StrategyColumn).Value))
            .OrderBy(g => g.Key.Group)
            .Select(g => (g.Key.Strategy, Replicates: g.OrderBy(r => r.Replicate).ToList()))
            .ToList();
        var baseline = groups.Single(g => g.Strategy == Baseline).Replicates;
        double baselineMean = baseline.Average(r => (double)r.Adopters);
        double? baselinePerSpend = PerSpend(baseline);
        return [.. groups.Select(g => Against(g.Strategy, g.Replicates, baseline, baselineMean, result.Nodes) with
        {
            Keys = keys ?? [],
            SpendMean = g.Replicates.Average(r => r.Spend ?? 0),
            AdoptersPerSpend = PerSpend(g.Replicates),
            CostEffectiveness = PerSpend(g.Replicates) is { } perSpend && baselinePerSpend is > 0 ? perSpend / baselinePerSpend : null,
            CensoredReplicates = ReplicateEndings.Censored(g.Replicates),
        })];
    }

    private static StrategyComparison Against(string strategy, List<ReplicateResult> replicates, List<ReplicateResult> baseline, double baselineMean, int nodes)
    {
        var shares = replicates.ConvertAll(r => Share(r, nodes));
        var differences = replicates.Zip(baseline, (r, b) => Share(r, nodes) - Share(b, nodes)).ToList();
        double mean = replicates.Average(r => (double)r.Adopters);
        return new StrategyComparison(strategy, SampleSummary.Of(shares), SampleSummary.Of(differences), baselineMean > 0 ? mean / baselineMean : null);
    }

    /// <summary>Mean adopters over mean spend (the seeds themselves count as adopters); null when nothing was spent.</summary>
    private static double? PerSpend(List<ReplicateResult> replicates)
    {
        double spend = replicates.Average(r => r.Spend ?? 0);
        return spend > 0 ? replicates.Average(r => (double)r.Adopters) / spend : null;
    }

    private static double Share(ReplicateResult replicate, int nodes) => nodes == 0 ? 0 : (double)replicate.Adopters / nodes;
}
