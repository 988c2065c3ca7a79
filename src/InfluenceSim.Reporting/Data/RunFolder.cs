using System.Text.Json.Nodes;
using InfluenceSim.Files;
using InfluenceSim.RunFolders;

namespace InfluenceSim.Reporting.Data;

/// <summary>
/// A run folder as the report reads it: <c>manifest.json</c>, <c>runs.csv</c> and <c>timeseries.csv</c> (required),
/// <c>seeding-comparison.csv</c> when present (<c>comparison.csv</c> in a folder written before that name); each table from its Parquet twin when only that is there (<c>--format parquet</c>). Other files are ignored. A folder whose manifest does not say it is complete
/// is refused (<see cref="RunFolderStatus"/>), and so are values a run cannot produce (<see cref="RunValueRules"/>).
/// </summary>
/// <remarks>
/// <c>Path</c>: The folder's full path. <c>Name</c>: The folder's own name, which names the run in the report.
/// <c>Warning</c>: Set when the folder may be read but predates the manifest's <c>status</c>.
/// </remarks>
public sealed record RunFolder(string Path, string Name, CsvTable Runs, CsvTable Timeseries, CsvTable? Comparison, JsonObject Manifest, string? Warning = null)
{
    public const string RunsFile = RunsCsv.TableName + OutputTable.CsvExtension;
    public const string TimeseriesFile = TimeseriesCsv.TableName + OutputTable.CsvExtension;
    public const string ManifestFile = RunFolderWriter.ManifestFile;

    /// <summary>Reads the folder at <paramref name="folder"/>; a <see cref="ReportInputException"/> when it is not a complete run folder.</summary>
    public static RunFolder Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        string path = System.IO.Path.GetFullPath(folder);
        if (!Directory.Exists(path))
        {
            throw new ReportInputException(File.Exists(path) ? $"'{folder}' is a file, not a run folder" : $"'{folder}': no such folder");
        }

        var missing = new[] { RunsFile, TimeseriesFile }.Where(f => !File.Exists(System.IO.Path.Combine(path, f)) && ParquetTableText.TwinOf(System.IO.Path.Combine(path, f)) is null).ToList();
        if (missing.Count > 0)
        {
            throw new ReportInputException(
                $"'{folder}' is not a run folder: {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing (a run folder written by 'influencesim run' has {RunsFile} and {TimeseriesFile})");
        }

        var manifest = ReadManifest(System.IO.Path.Combine(path, ManifestFile));
        if (RunFolderStatus.Refusal(folder, manifest, out string? warning) is { } refusal)
        {
            throw new ReportInputException(refusal);
        }

        var runs = CsvTable.Read(System.IO.Path.Combine(path, RunsFile));
        var timeseries = CsvTable.Read(System.IO.Path.Combine(path, TimeseriesFile));
        long? nodes = RunValueRules.NodeBound(manifest, runs.Header.Where(c => c.Contains('.', StringComparison.Ordinal)));
        foreach (var table in new[] { runs, timeseries })
        {
            if (RunValueRules.FirstProblem(table.Path, table.Header, table.Rows.Select((row, i) => (table.Line(i), row)), nodes) is { } problem)
            {
                throw new ReportInputException(problem);
            }
        }

        string? comparison = new[] { SeedingComparisonCsv.TableName, SeedingComparisonCsv.FormerTableName }
            .Select(name => System.IO.Path.Combine(path, name + OutputTable.CsvExtension))
            .FirstOrDefault(file => File.Exists(file) || ParquetTableText.TwinOf(file) is not null);
        return new RunFolder(
            path,
            System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(path)),
            runs,
            timeseries,
            comparison is null ? null : CsvTable.Read(comparison),
            manifest!,
            warning);
    }

    private static JsonObject? ReadManifest(string path)
    {
        try
        {
            return RunFolderStatus.ReadManifest(path);
        }
        catch (IOException e)
        {
            throw new ReportInputException(e.Message, e);
        }
    }
}
