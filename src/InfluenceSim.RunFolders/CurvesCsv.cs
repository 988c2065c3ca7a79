using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.RunFolders;

/// <summary>The table <c>curves</c> (<c>curves.csv</c>, <c>curves.parquet</c>): one row per point and step (<see cref="StepStatistics"/>), the point's key columns last.</summary>
public static class CurvesCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "curves";

    /// <summary>The header line's columns before the key columns, in order.</summary>
    public const string Header =
        "step,replicates,adopters_mean,adopters_sd,adopters_ci95_lo,adopters_ci95_hi,new_adopters_mean,new_adopters_sd,new_adopters_ci95_lo,new_adopters_ci95_hi," +
        "adopters_ci95_bootstrap_lo,adopters_ci95_bootstrap_hi,adopters_p5,adopters_p50,adopters_p95";

    private static readonly OutputColumn[] Columns =
        OutputColumn.FromHeader(Header, ColumnType.Real, ["adopters_ci95_bootstrap_lo", "adopters_ci95_bootstrap_hi"], OutputColumn.Integer("step"), OutputColumn.Integer("replicates"));

    /// <summary>
    /// The table of the points' curves in the order given, each point's steps in order. Its columns have declared
    /// types, the same in every run: <c>step</c> and <c>replicates</c> integers, every statistic a double (the
    /// bootstrap interval's ends nullable), whatever the values; the key columns are declared as in
    /// <c>runs</c> (<see cref="OutputColumn.Key"/>). Every point has the same key columns (none for a run without
    /// a sweep or comparison). With <paramref name="pointNumbers"/> (a sweep's), the <c>point</c> column holds each
    /// point's number before the key columns, as in <c>runs</c>.
    /// </summary>
    public static OutputTable Table(
        IReadOnlyList<(IReadOnlyList<KeyValuePair<string, string>> Keys, StepStatistics Statistics)> points,
        IReadOnlyList<int>? pointNumbers = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (pointNumbers is not null && pointNumbers.Count != points.Count)
        {
            throw new ArgumentException("Every point of curves.csv has a number.", nameof(pointNumbers));
        }

        IReadOnlyList<string> names = points.Count == 0 ? [] : [.. points[0].Keys.Select(k => k.Key)];
        if (points.Any(p => !p.Keys.Select(k => k.Key).SequenceEqual(names, StringComparer.Ordinal)))
        {
            throw new ArgumentException("Every point of curves.csv has the same key columns, in the same order.", nameof(points));
        }

        OutputColumn[] keys = [.. names.Select((name, i) => OutputColumn.Key(name, [.. points.Select(p => p.Keys[i].Value)]))];
        OutputColumn[] leading = pointNumbers is null ? [] : [OutputColumn.Integer(TableKeys.PointColumn)];
        return new OutputTable(TableName, [.. Columns, .. leading, .. keys], Rows(points, pointNumbers, keys));
    }

    /// <summary>The text of <c>curves.csv</c> (<see cref="Table"/>).</summary>
    public static string Format(
        IReadOnlyList<(IReadOnlyList<KeyValuePair<string, string>> Keys, StepStatistics Statistics)> points,
        IReadOnlyList<int>? pointNumbers = null) =>
        OutputTableCsv.Format(Table(points, pointNumbers));

    private static IEnumerable<Cell[]> Rows(
        IReadOnlyList<(IReadOnlyList<KeyValuePair<string, string>> Keys, StepStatistics Statistics)> points,
        IReadOnlyList<int>? pointNumbers,
        OutputColumn[] keys)
    {
        for (int p = 0; p < points.Count; p++)
        {
            var (values, statistics) = points[p];
            Cell[] keyCells =
            [
                .. pointNumbers is null ? Array.Empty<Cell>() : [Cell.Of(pointNumbers[p])],
                .. keys.Select((column, i) => Cell.Parse(values[i].Value, column.Type)),
            ];
            foreach (var step in statistics.Steps)
            {
                yield return
                [
                    Cell.Of(step.Step),
                    Cell.Of(step.Replicates),
                    .. Cells(step.Adopters),
                    .. Cells(step.NewAdopters),
                    Cell.Of(step.AdoptersBootstrap?.Low),
                    Cell.Of(step.AdoptersBootstrap?.High),
                    Cell.Of(step.AdoptersP5),
                    Cell.Of(step.AdoptersP50),
                    Cell.Of(step.AdoptersP95),
                    .. keyCells,
                ];
            }
        }
    }

    private static Cell[] Cells(SampleSummary summary) =>
        [Cell.Of(summary.Mean), Cell.Of(summary.Sd), Cell.Of(summary.Ci95Low), Cell.Of(summary.Ci95High)];
}
