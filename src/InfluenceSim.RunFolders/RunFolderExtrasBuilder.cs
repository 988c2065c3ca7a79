using System.Text.Json.Nodes;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The run folder's tables beyond the four core files: <c>cascades</c> and <c>curves</c> (per-step statistics of
/// each point or compared strategy) always, <c>comparison</c> for a comparison; and their summaries:
/// the headline's <c>statistics</c>, each sweep point's own, the cascade deciles.
/// </summary>
public static class RunFolderExtrasBuilder
{
    /// <summary>The extras of a run whose replicate group g (a sweep point) ran on <paramref name="networkOf"/>(g).</summary>
    public static RunFolderExtras For(ExecutionResult execution, Func<int, Network> networkOf, long masterSeed)
    {
        var tables = new List<OutputTable> { CascadesCsv.Table(execution.Combined, networkOf), Curves(execution.Combined, masterSeed) };
        var members = new List<KeyValuePair<string, JsonNode>>
        {
            new("statistics", PointStatistics.Of(execution.Headline.Replicates, execution.Headline.Nodes, masterSeed, 0).ToJson()),
            new("cascades_by_seed_degree_decile", CascadeDecilesJson.Build(execution.Headline.Replicates, networkOf)),
        };
        if (execution.Points.Count > 0)
        {
            members.Add(new("points", SweepSummaryJson.Build(execution.Points, masterSeed)));
        }

        if (execution.Comparison is { } comparison)
        {
            tables.Add(SeedingComparisonCsv.Table(comparison));
            members.Add(new("comparison", SeedingComparisonCsv.ToJson(comparison)));
        }

        return new RunFolderExtras([], members, execution.Headline) { Tables = tables };
    }

    /// <summary>Per-step statistics of each group of replicates (a sweep point or a compared strategy), in group order.</summary>
    private static OutputTable Curves(RunResult result, long masterSeed)
    {
        var groups = result.Replicates.GroupBy(r => r.Group).OrderBy(g => g.Key).ToList();
        return CurvesCsv.Table(
            [.. groups.Select(g => ((IReadOnlyList<KeyValuePair<string, string>>)g.First().Keys, StepStatistics.Of([.. g], masterSeed, g.Key)))],
            result.Sweep ? [.. groups.Select(g => g.Key)] : null);
    }
}
