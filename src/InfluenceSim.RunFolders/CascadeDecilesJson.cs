using System.Text.Json.Nodes;
using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The distribution of per-seed cascade sizes by seed degree decile, for <c>summary.json</c>: per
/// decile that holds a seed, the number of cascades, their size and depth as <c>{mean, sd, ci95}</c>.
/// </summary>
public static class CascadeDecilesJson
{
    /// <summary>The distribution over replicates whose group g ran on <paramref name="networkOf"/>(g).</summary>
    public static JsonArray Build(IEnumerable<ReplicateResult> replicates, Func<int, Network> networkOf)
    {
        var cascades = replicates.OrderBy(r => r.Group).ThenBy(r => r.Replicate)
            .SelectMany(r => r.Cascades.OrderBy(c => c.Seed).Select(c => (Cascade: c, Decile: DegreeDeciles.Of(networkOf(r.Group)).Of(c.Seed))))
            .GroupBy(c => c.Decile, c => c.Cascade)
            .OrderBy(g => g.Key);
        var json = new JsonArray();
        foreach (var decile in cascades)
        {
            json.Add(new JsonObject
            {
                ["decile"] = decile.Key,
                ["cascades"] = decile.Count(),
                ["size"] = SummaryJson.ToJson(SampleSummary.Of([.. decile.Select(c => (double)c.Size)])),
                ["depth"] = SummaryJson.ToJson(SampleSummary.Of([.. decile.Select(c => (double)c.Depth)])),
            });
        }

        return json;
    }
}
