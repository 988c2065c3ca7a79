using System.Globalization;
using System.Text.Json.Nodes;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Analysis;

/// <summary>
/// Reads a run folder (output.md) for analysis through <see cref="RunFolderContents"/>: <c>manifest.json</c> for the seed and scenario,
/// <c>runs.csv</c> and <c>timeseries.csv</c> for the replicates (with the attribution columns of
/// <c>runs.csv</c> when it has them, <see cref="ReplicateRecordReader"/>; an older folder reads as zeros there, see <see cref="RunData.RunsColumns"/>). The key
/// columns (<see cref="TableKeys.IsKeyColumn"/>) name the point.
/// </summary>
public static class RunFolderReader
{
    private const char Separator = '\u001f';

    /// <summary>Reads the folder; throws <see cref="RunFolderException"/> with a one-line message when it is not a readable run folder.</summary>
    public static RunData Read(string folder)
    {
        var contents = RunFolderContents.Read(folder);
        var (seed, scenarioName) = Identity(contents.Manifest, Path.Combine(folder, RunFolderWriter.ManifestFile));
        var runs = contents.Runs;
        var timeseries = contents.Timeseries;
        var keyColumns = runs.KeyColumns;
        var seriesKeys = timeseries.KeyColumns;
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
        int[] keyIndex = [.. keyColumns.Select(runs.IndexOf)];
        var records = new ReplicateRecordReader(runs);
        for (int row = 0; row < runs.Rows.Count; row++)
        {
            string[] values = [.. keyIndex.Select(i => runs.Text(row, i))];
            string point = string.Join(Separator, values);
            int number = records.Replicate(row);
            if (!seen.Add((point, number)))
            {
                throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{runs.Path}:{runs.Line(row)}: replicate {number} appears twice at the same point"));
            }

            if (!series.Remove((point, number), out var rows))
            {
                throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{runs.Path}:{runs.Line(row)}: timeseries.csv has no rows for replicate {number} at this point"));
            }

            if (!pointIndex.TryGetValue(point, out int index))
            {
                index = points.Count;
                pointIndex[point] = index;
                points.Add((values, []));
            }

            points[index].Replicates.Add(records.Read(row, rows));
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
            RunsColumns = runs.Header,
            Warning = contents.Warning,
            ResultsVersion = contents.ResultsVersion,
        };
    }

    private static Dictionary<(string, int), List<StepCounts>> ReadTimeseries(RunFolderTable timeseries, IReadOnlyList<string> keyColumns)
    {
        int[] keyIndex = [.. keyColumns.Select(timeseries.IndexOf)];
        int replicate = timeseries.IndexOf("replicate");
        int step = timeseries.IndexOf("step");
        int newAdopters = timeseries.IndexOf("new_adopters");
        int adopters = timeseries.IndexOf("adopters");
        int exposures = timeseries.IndexOf("exposures");
        var series = new Dictionary<(string, int), List<StepCounts>>();
        for (int row = 0; row < timeseries.Rows.Count; row++)
        {
            var key = (string.Join(Separator, keyIndex.Select(i => timeseries.Text(row, i))), timeseries.Int32(row, replicate));
            if (!series.TryGetValue(key, out var rows))
            {
                rows = [];
                series[key] = rows;
            }

            var counts = new StepCounts(timeseries.Int32(row, step), timeseries.Int64(row, newAdopters), timeseries.Int64(row, adopters), timeseries.Int64(row, exposures));
            if (rows.Count > 0 && counts.Step <= rows[^1].Step)
            {
                throw new RunFolderException(string.Create(CultureInfo.InvariantCulture, $"{timeseries.Path}:{timeseries.Line(row)}: step {counts.Step} does not follow step {rows[^1].Step} of the same replicate"));
            }

            rows.Add(counts);
        }

        return series;
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
