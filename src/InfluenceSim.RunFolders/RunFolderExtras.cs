using System.Text.Json.Nodes;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>What a run folder holds beyond its four core files (docs/output.md): more tables, more members of <c>summary.json</c>, and which replicates its top-level measures summarise.</summary>
/// <param name="Files">
/// Extra files as (file name, text). One named <c>NAME.csv</c> is a table: it is written as the run's
/// <see cref="TableFormat"/> says, its Parquet twin typed by its values (<see cref="OutputTableCsv.Parse"/>);
/// any other file is written as it is. Prefer <see cref="Tables"/> for tables.
/// </param>
/// <param name="SummaryMembers">Extra members of <c>summary.json</c>, after the core ones.</param>
/// <param name="SummaryOf">The replicates the top-level measures of <c>summary.json</c> summarise (null: all of them).</param>
public sealed record RunFolderExtras(
    IReadOnlyList<KeyValuePair<string, string>> Files,
    IReadOnlyList<KeyValuePair<string, JsonNode>> SummaryMembers,
    RunResult? SummaryOf = null)
{
    /// <summary>Extra typed tables, e.g. <c>cascades</c>, each written as the run's <see cref="TableFormat"/> says.</summary>
    public IReadOnlyList<OutputTable> Tables { get; init; } = [];
}
