using System.Globalization;
using System.Text.Json.Nodes;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Analysis;

/// <summary>
/// Reads a run folder (output.md) for analysis: <c>manifest.json</c> for the seed and scenario,
/// <c>runs.csv</c> and <c>timeseries.csv</c> for the replicates (with the attribution columns of
/// <c>runs.csv</c> when it has them; an older folder reads as zeros there, see <see cref="RunData.RunsColumns"/>). A key column is any column whose name
/// holds a dot (a dotted scenario path, such as <c>model.probability</c>); its values name the point. A folder whose
/// manifest does not say it is complete is refused (<see cref="RunFolderStatus"/>), and so are values a run cannot
/// produce (<see cref="RunValueRules"/>).
/// </summary>
public static class RunFolderReader
{
    private const char Separator = '\u001f';

    /// <summary>Reads the folder; throws <see cref="RunFolderException"/> with a one-line message when it is not a readable run folder.</summary>
    public static RunData Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new RunFolderException($"'{folder}' is not a run folder: no such folder");
        }

        var manifest = ReadManifest(Path.Combine(folder, "manifest.json"));
        if (RunFolderStatus.Refusal(folder, manifest, out string? warning) is { } refusal)
        {
            throw new RunFolderException(refusal);
        }

        var (seed, scenarioName) = Identity(manifest!, Path.Combine(folder, "manifest.json"));
        var runs = CsvRows.Read(Path.Combine(folder, "runs.csv"));
        var timeseries = CsvRows.Read(Path.Combine(folder, "timeseries.csv"));
        string[] keyColumns = [.. runs.Columns.Where(c => c.Contains('.', StringComparison.Ordinal))];
        long? nodes = RunValueRules.NodeBound(manifest, keyColumns);
        foreach (var table in new[] { runs, timeseries })
        {
            if (RunValueRules.FirstProblem(table.Path, table.Columns, table.Rows.Select(r => (r.Line, (IReadOnlyList<string>)r.Fields)), nodes) is { } problem)
            {
                throw new RunFolderException(problem);
            }
        }

        string[] seriesKeys = [.. timeseries.Columns.Where(c => c.Contains('.', StringComparison.Ordinal))];
        if (!seriesKeys.Order(StringComparer.Ordinal).SequenceEqual(keyColumns.Order(StringComparer.Ordinal), StringComparer.Ordinal))
        {
            throw new RunFolderException($"'{timeseries.Path}' has key columns [{string.Join(", ", seriesKeys)}] but runs.csv has [{string.Join(", ", keyColumns)}]");
        }

        if (runs.Rows.Count == 0)
        {
            throw new RunFolderException($"'{runs.Path}' has no replicates");
        }

        var series = ReadTimeseries(timeseries, keyColumns);
        var points = new List<(string[] Values, List<ReplicateRecord> Replicates)>();
        var pointIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, int)>();
        int[] keyIndex = [.. keyColumns.Select(runs.Require)];
        int replicate = runs.Require("replicate");
        int adopters = runs.Require("adopters");
        int fraction = runs.Require("adopted_fraction");
        int steps = runs.Require("steps");
        int exposures = runs.Require("exposures");
        var attribution = new RunsAttribution(runs);
        foreach (var row in runs.Rows)
        {
            string[] values = [.. keyIndex.Select(i => row.Fields[i])];
            string point = string.Join(Separator, values);
            int number = runs.Int32(row, replicate);
            if (!seen.Add((point, number)))
            {
                throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{runs.Path}:{row.Line}: replicate {number} appears twice at the same point"));
            }

            if (!series.Remove((point, number), out var rows))
            {
                throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{runs.Path}:{row.Line}: timeseries.csv has no rows for replicate {number} at this point"));
            }

            var result = attribution.Read(row, new ReplicateResult(number, rows, runs.Int64(row, adopters), runs.Int32(row, steps), runs.Int64(row, exposures)));
            if (!pointIndex.TryGetValue(point, out int index))
            {
                index = points.Count;
                pointIndex[point] = index;
                points.Add((values, []));
            }

            points[index].Replicates.Add(new ReplicateRecord(result, runs.Real(row, fraction)));
        }

        if (series.Count > 0)
        {
            var extra = series.Keys.First();
            throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"'{timeseries.Path}' has rows for replicate {extra.Item2} that runs.csv does not list at that point"));
        }

        return new RunData(
            folder,
            seed,
            scenarioName,
            keyColumns,
            [.. points.Select(p => new RunPoint([.. keyColumns.Select((c, i) => KeyValuePair.Create(c, p.Values[i]))], p.Replicates))])
        {
            RunsColumns = runs.Columns,
            Warning = warning,
            ResultsVersion = manifest![RunFolderStatus.ResultsVersionKey] is JsonValue version && version.TryGetValue(out int recorded) ? recorded : null,
        };
    }

    private static Dictionary<(string, int), List<StepCounts>> ReadTimeseries(CsvRows timeseries, string[] keyColumns)
    {
        int[] keyIndex = [.. keyColumns.Select(timeseries.Require)];
        int replicate = timeseries.Require("replicate");
        int step = timeseries.Require("step");
        int newAdopters = timeseries.Require("new_adopters");
        int adopters = timeseries.Require("adopters");
        int exposures = timeseries.Require("exposures");
        var series = new Dictionary<(string, int), List<StepCounts>>();
        foreach (var row in timeseries.Rows)
        {
            var key = (string.Join(Separator, keyIndex.Select(i => row.Fields[i])), timeseries.Int32(row, replicate));
            if (!series.TryGetValue(key, out var rows))
            {
                rows = [];
                series[key] = rows;
            }

            var counts = new StepCounts(timeseries.Int32(row, step), timeseries.Int64(row, newAdopters), timeseries.Int64(row, adopters), timeseries.Int64(row, exposures));
            if (rows.Count > 0 && counts.Step <= rows[^1].Step)
            {
                throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{timeseries.Path}:{row.Line}: step {counts.Step} does not follow step {rows[^1].Step} of the same replicate"));
            }

            rows.Add(counts);
        }

        return series;
    }

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

    private static (long Seed, string? ScenarioName) Identity(JsonObject json, string path)
    {
        if (json["seed"] is not JsonValue seedValue || !seedValue.TryGetValue(out long seed))
        {
            throw new RunFolderException($"'{path}' has no integer 'seed'");
        }

        string? name = json["scenario"] is JsonObject scenario && scenario["name"] is JsonValue value && value.TryGetValue(out string? text) ? text : null;
        return (seed, name);
    }
}
