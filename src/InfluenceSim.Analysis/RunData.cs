namespace InfluenceSim.Analysis;

/// <summary>
/// A run folder read back for analysis: where it is, its master seed and scenario name (from
/// <c>manifest.json</c>), its key columns and its points in order of first appearance in <c>runs.csv</c>.
/// </summary>
public sealed record RunData(string Path, long Seed, string? ScenarioName, IReadOnlyList<string> KeyColumns, IReadOnlyList<RunPoint> Points)
{
    /// <summary>Every column of the folder's <c>runs.csv</c>, in file order (an older folder lacks the attribution columns).</summary>
    public IReadOnlyList<string> RunsColumns { get; init; } = [];

    /// <summary>The manifest's <c>results_version</c>, or null for a folder written before it existed (docs/output.md, "Results version").</summary>
    public int? ResultsVersion { get; init; }

    /// <summary>Set when the folder was read but predates the manifest's <c>status</c>, for the user to see.</summary>
    public string? Warning { get; init; }
}
