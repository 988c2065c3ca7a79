using System.Text.Json.Nodes;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.RunFolders;

/// <summary>The content of <c>summary.json</c>: the network's size and each per-replicate measure summarised over replicates, attribution measures grouped under <c>attribution</c>.</summary>
public static class SummaryJson
{
    /// <summary>
    /// Builds the summary; replicates are taken in replicate order, so the result does not depend on
    /// completion order. A run without replicates has null measures. <c>censored_replicates</c> counts the
    /// replicates cut off at <c>max-steps</c> while still active (their measures are lower bounds of what they would have reached).
    /// </summary>
    public static JsonObject Build(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var replicates = result.Replicates.OrderBy(r => r.Replicate).ToList();
        return new JsonObject
        {
            ["nodes"] = result.Nodes,
            ["edges"] = result.Ties,
            ["replicates"] = replicates.Count,
            ["censored_replicates"] = ReplicateEndings.Censored(replicates),
            ["adopted_fraction"] = Measure(replicates, r => RunsCsv.AdoptedFraction(r.Adopters, r.Nodes ?? result.Nodes)),
            ["steps"] = Measure(replicates, r => r.Steps),
            ["adopters"] = Measure(replicates, r => r.Adopters),
            ["exposures"] = Measure(replicates, r => r.Exposures),
            ["attribution"] = new JsonObject
            {
                ["word_of_mouth_share"] = Measure(replicates, r => r.WordOfMouthShare),
                ["broadcast_share"] = Measure(replicates, r => r.BroadcastShare),
                ["cascade_depth"] = Measure(replicates, r => r.CascadeDepth),
                ["rejected"] = Measure(replicates, r => r.Rejected),
            },
        };
    }

    /// <summary>The exact text of <c>summary.json</c>.</summary>
    public static string Format(RunResult result) => JsonText.Format(Build(result));

    /// <summary>A summary as <c>{mean, sd, ci95: [lo, hi]}</c>.</summary>
    public static JsonObject ToJson(SampleSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return new JsonObject
        {
            ["mean"] = summary.Mean,
            ["sd"] = summary.Sd,
            ["ci95"] = new JsonArray(summary.Ci95Low, summary.Ci95High),
        };
    }

    private static JsonObject? Measure(List<ReplicateResult> replicates, Func<ReplicateResult, double> value) =>
        replicates.Count == 0 ? null : ToJson(SampleSummary.Of(replicates.ConvertAll(r => value(r))));
}
