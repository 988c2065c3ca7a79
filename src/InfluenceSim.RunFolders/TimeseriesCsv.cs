using InfluenceSim.Abstractions.Counting;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>The table <c>timeseries</c> (<c>timeseries.csv</c>, <c>timeseries.parquet</c>): one row per replicate and step, sorted by replicate then step.</summary>
public static class TimeseriesCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "timeseries";

    /// <summary>The header line's columns, in order: the replicate, the step, then each step measure followed by its running sum where it has one.</summary>
    public static string Header { get; } = string.Join(',', ["replicate", "step", .. StepMeasures.All.SelectMany(Columns)]);

    /// <summary>The table of every replicate's time series, key columns last.</summary>
    public static OutputTable Table(RunResult result) =>
        KeyedRows.PerReplicate(
            TableName,
            OutputColumn.FromHeader(Header, ColumnType.Integer),
            result,
            replicate => replicate.Timeseries.OrderBy(s => s.Step).Select(row => (Cell[])[Cell.Of(replicate.Replicate), Cell.Of(row.Step), .. StepMeasures.All.SelectMany(m => Cells(m, row))]));

    /// <summary>The text of <c>timeseries.csv</c>.</summary>
    public static string Format(RunResult result) => OutputTableCsv.Format(Table(result));

    private static IEnumerable<string> Columns(StepMeasureInfo measure) =>
        measure.TotalColumn is { } total ? [measure.Column, total] : [measure.Column];

    private static IEnumerable<Cell> Cells(StepMeasureInfo measure, StepCounts row) =>
        measure.TotalColumn is null ? [Cell.Of(row[measure.Measure])] : [Cell.Of(row[measure.Measure]), Cell.Of(row.TotalOf(measure.Measure))];
}
