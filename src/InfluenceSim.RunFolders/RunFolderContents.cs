using System.Text.Json.Nodes;

namespace InfluenceSim.RunFolders;

/// <summary>
/// A run folder as <c>compare</c> and <c>report</c> read it (docs/output.md): <c>manifest.json</c>, <c>runs.csv</c> and
/// <c>timeseries.csv</c> (required), <c>seeding-comparison.csv</c> when present (<c>comparison.csv</c> in a folder written
/// before that name); each table from its Parquet twin when only that is there. A folder whose manifest does not say it is
/// complete is refused (<see cref="RunFolderStatus"/>), and so are values a run cannot produce (<see cref="RunValueRules"/>).
/// </summary>
/// <remarks>
/// <c>Path</c>: The folder as given. <c>Warning</c>: Set when the folder may be read but predates the manifest's <c>status</c>.
/// </remarks>
public sealed record RunFolderContents(string Path, JsonObject Manifest, RunFolderTable Runs, RunFolderTable Timeseries, RunFolderTable? SeedingComparison, string? Warning)
{
    public const string RunsFile = RunsCsv.TableName + OutputTable.CsvExtension;
    public const string TimeseriesFile = TimeseriesCsv.TableName + OutputTable.CsvExtension;

    /// <summary>The manifest's <c>results_version</c>, or null for a folder written before it existed.</summary>
    public int? ResultsVersion => Manifest[RunFolderStatus.ResultsVersionKey] is JsonValue version && version.TryGetValue(out int recorded) ? recorded : null;

    /// <summary>Reads the folder at <paramref name="folder"/>; a <see cref="RunFolderException"/> naming the folder or file and what is wrong when it is not a complete run folder.</summary>
    public static RunFolderContents Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new RunFolderException(File.Exists(folder) ? $"'{folder}' is a file, not a run folder" : $"'{folder}' is not a run folder: no such folder");
        }

        var missing = new[] { RunsFile, TimeseriesFile }.Where(f => !Present(System.IO.Path.Combine(folder, f))).ToList();
        if (missing.Count > 0)
        {
            throw new RunFolderException(
                $"'{folder}' is not a run folder: {string.Join(" and ", missing)} {(missing.Count == 1 ? "is" : "are")} missing (a run folder written by 'influencesim run' has {RunsFile} and {TimeseriesFile})");
        }

        var manifest = ReadManifest(System.IO.Path.Combine(folder, RunFolderWriter.ManifestFile));
        if (RunFolderStatus.Refusal(folder, manifest, out string? warning) is { } refusal)
        {
            throw new RunFolderException(refusal);
        }

        var runs = RunFolderTable.Read(System.IO.Path.Combine(folder, RunsFile));
        var timeseries = RunFolderTable.Read(System.IO.Path.Combine(folder, TimeseriesFile));
        long? nodes = RunValueRules.NodeBound(manifest, runs.KeyColumns);
        foreach (var table in new[] { runs, timeseries })
        {
            if (RunValueRules.FirstProblem(table.Path, table.Header, table.NumberedRows(), nodes) is { } problem)
            {
                throw new RunFolderException(problem);
            }
        }

        string? comparison = new[] { SeedingComparisonCsv.TableName, SeedingComparisonCsv.FormerTableName }
            .Select(name => System.IO.Path.Combine(folder, name + OutputTable.CsvExtension))
            .FirstOrDefault(Present);
        return new RunFolderContents(folder, manifest!, runs, timeseries, comparison is null ? null : RunFolderTable.Read(comparison), warning);
    }

    private static bool Present(string csvPath) => File.Exists(csvPath) || ParquetTableText.TwinOf(csvPath) is not null;

    private static JsonObject? ReadManifest(string path)
    {
        try
        {
            return RunFolderStatus.ReadManifest(path);
        }
        catch (IOException e)
        {
            throw new RunFolderException(e.Message, e);
        }
    }
}
