using System.Text.Json.Nodes;
using InfluenceSim.RunFolders.Statistics;
using InfluenceSim.Scenarios.Sweeps;

namespace InfluenceSim.RunFolders;

/// <summary>The <c>points</c> member of a sweep's <c>summary.json</c>: per point its number, the swept keys' values, its own summary and its statistics.</summary>
public static class SweepSummaryJson
{
    public static JsonArray Build(IReadOnlyList<SweepPointResult> points, long masterSeed) =>
        [.. points.Select(point =>
        {
            var json = new JsonObject
            {
                ["point"] = point.Index,
                ["keys"] = new JsonObject(point.Keys.Select(k => new KeyValuePair<string, JsonNode?>(k.Key, SweepValue.Json(k.Value)))),
            };
            foreach (var (name, value) in SummaryJson.Build(point.Result))
            {
                json[name] = value?.DeepClone();
            }

            json["statistics"] = PointStatistics.Of(point.Result.Replicates, point.Result.Nodes, masterSeed, point.Index).ToJson();
            if (point.Comparison is { } comparison)
            {
                json["comparison"] = SeedingComparisonCsv.ToJson([.. comparison.Select(c => c with { Keys = [] })]);
            }

            return json;
        })];
}
