using System.Text.Json.Nodes;
using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>What a run folder holds beyond SPEC's four files: more tables, more members of <c>summary.json</c>, and which replicates its top-level measures summarise.</summary>
/// <param name="Files">Extra files as (file name, text), e.g. <c>cascades.csv</c>.</param>
/// <param name="SummaryMembers">Extra members of <c>summary.json</c>, after SPEC's.</param>
/// <param name="SummaryOf">The replicates the top-level measures of <c>summary.json</c> summarise (null: all of them).</param>
public sealed record RunFolderExtras(
    IReadOnlyList<KeyValuePair<string, string>> Files,
    IReadOnlyList<KeyValuePair<string, JsonNode>> SummaryMembers,
    RunResult? SummaryOf = null);
