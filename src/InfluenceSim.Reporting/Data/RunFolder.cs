using System.Text.Json;
using System.Text.Json.Nodes;

namespace InfluenceSim.Reporting.Data;

/// <summary>
/// A run folder as the report reads it: <c>runs.csv</c> and <c>timeseries.csv</c> (required),
/// <c>comparison.csv</c> and <c>manifest.json</c> when present. Other files are ignored.
/// </summary>
/// <remarks><c>Path</c>: The folder's full path. <c>Name</c>: The folder's own name, which names the run in the report.</remarks>
public sealed record RunFolder(string Path, string Name, CsvTable Runs, CsvTable Timeseries, CsvTable? Comparison, JsonObject? Manifest)
{
    public const string RunsFile = "runs.csv";
    public const string TimeseriesFile = "timeseries.csv";
    public const string ComparisonFile = "comparison.csv";
    public const string ManifestFile = "manifest.json";

    /// <summary>Reads the folder at <paramref name="folder"/>; a <see cref="ReportInputException"/> when it is not a run folder.</summary>
    public static RunFolder Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string path = System.IO.Path.GetFullPath(folder);
        if (!Directory.Exists(path))
        {
            throw new ReportInputException(File.Exists(path) ? $"'{folder}' is a file, not a run folder" : $"'{folder}': no such folder");
        }

        var missing = new[] { RunsFile, TimeseriesFile }.Where(f => !File.Exists(System.IO.Path.Combine(path, f))).ToList();
        if (missing.Count > 0)
        {
            throw new ReportInputException(
                $"'{folder}' is not a run folder: {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing (a run folder written by 'influencesim run' has {RunsFile} and {TimeseriesFile})");
        }

        string comparison = System.IO.Path.Combine(path, ComparisonFile);
        return new RunFolder(
            path,
            System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(path)),
            CsvTable.Read(System.IO.Path.Combine(path, RunsFile)),
            CsvTable.Read(System.IO.Path.Combine(path, TimeseriesFile)),
            File.Exists(comparison) ? CsvTable.Read(comparison) : null,
            ReadManifest(System.IO.Path.Combine(path, ManifestFile)));
    }

    private static JsonObject? ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new ReportInputException($"{path}: expected a JSON object");
        }
        catch (JsonException e)
        {
            throw new ReportInputException($"{path}: not valid JSON: {e.Message}", e);
        }
    }
}
