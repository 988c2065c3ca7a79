using System.Text.Json.Nodes;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Output;

/// <summary>The run folder's files beyond SPEC's four: <c>cascades.csv</c> always, <c>comparison.csv</c> for a comparison, and their summaries.</summary>
public static class RunFolderExtrasBuilder
{
    public const string CascadesFile = "cascades.csv";
    public const string ComparisonFile = "comparison.csv";

    public static RunFolderExtras For(ExecutionResult execution, Network network)
    {
        var files = new List<KeyValuePair<string, string>> { new(CascadesFile, CascadesCsv.Format(execution.Combined, network)) };
        var members = new List<KeyValuePair<string, JsonNode>> { new("cascades_by_seed_degree_decile", CascadeDecilesJson.Build(execution.Headline.Replicates, network)) };
        if (execution.Comparison is { } comparison)
        {
            files.Add(new(ComparisonFile, ComparisonCsv.Format(comparison)));
            members.Add(new("comparison", ComparisonCsv.ToJson(comparison)));
        }

        return new RunFolderExtras(files, members, execution.Headline);
    }
}
