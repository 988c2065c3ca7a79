using System.Text.Json.Nodes;
using InfluenceSim.RunFolders;

namespace InfluenceSim.Reporting.Data;

/// <summary>
/// A run folder as the report reads it (<see cref="RunFolderContents"/>): <c>manifest.json</c>, <c>runs.csv</c> and <c>timeseries.csv</c>,
/// and the seeding comparison when present. Other files are ignored.
/// </summary>
/// <remarks>
/// <c>Path</c>: The folder's full path. <c>Name</c>: The folder's own name, which names the run in the report.
/// <c>Warning</c>: Set when the folder may be read but predates the manifest's <c>status</c>.
/// </remarks>
public sealed record RunFolder(string Path, string Name, RunFolderTable Runs, RunFolderTable Timeseries, RunFolderTable? Comparison, JsonObject Manifest, string? Warning = null)
{
    /// <summary>Reads the folder at <paramref name="folder"/>; a <see cref="RunFolderException"/> when it is not a complete run folder.</summary>
    public static RunFolder Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string path = System.IO.Path.GetFullPath(folder);
        var contents = RunFolderContents.Read(folder);
        return new RunFolder(
            path,
            System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(path)),
            contents.Runs,
            contents.Timeseries,
            contents.SeedingComparison,
            contents.Manifest,
            contents.Warning);
    }
}
