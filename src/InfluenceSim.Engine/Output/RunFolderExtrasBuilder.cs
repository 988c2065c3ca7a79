using System.Text.Json.Nodes;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Output;

/// <summary>The run folder's files beyond SPEC's four: <c>cascades.csv</c> always, <c>comparison.csv</c> for a comparison, and their summaries.</summary>
public static class RunFolderExtrasBuilder
{
    public const string CascadesFile = "cascades.csv";
    public const string ComparisonFile = "comparison.csv";

    /// <summary>The extras of a run on one network.</summary>
    public static RunFolderExtras For(ExecutionResult execution, Network network) => For(execution, _ => network);

    /// <summary>The extras of a run whose replicate group g (a sweep point) ran on <paramref name="networkOf"/>(g).</summary>
    public static RunFolderExtras For(ExecutionResult execution, Func<int, Network> networkOf)
    {
        var files = new List<KeyValuePair<string, string>> { new(CascadesFile, CascadesCsv.Format(execution.Combined, networkOf)) };
        var members = new List<KeyValuePair<string, JsonNode>> { new("cascades_by_seed_degree_decile", CascadeDecilesJson.Build(execution.Headline.Replicates, networkOf)) };
        if (execution.Points.Count > 0)
        {
            members.Add(new("points", SweepSummaryJson.Build(execution.Points)));
        }

        if (execution.Comparison is { } comparison)
        {
            files.Add(new(ComparisonFile, ComparisonCsv.Format(comparison)));
            members.Add(new("comparison", ComparisonCsv.ToJson(comparison)));
        }

        return new RunFolderExtras(files, members, execution.Headline);
    }
}
