using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>The table <c>timeseries</c> (<c>timeseries.csv</c>, <c>timeseries.parquet</c>): one row per replicate and step, sorted by replicate then step.</summary>
public static class TimeseriesCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "timeseries";

    /// <summary>The header line's columns, in order.</summary>
    public const string Header = "replicate,step,new_adopters,adopters,exposures";

    /// <summary>The table of every replicate's time series, key columns last.</summary>
    public static OutputTable Table(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var keys = TableKeys.Columns(result);
        var table = new OutputTable(
            TableName,
            [
                OutputColumn.Integer("replicate"),
                OutputColumn.Integer("step"),
                OutputColumn.Integer("new_adopters"),
                OutputColumn.Integer("adopters"),
                OutputColumn.Integer("exposures"),
                .. keys,
            ]);
        foreach (var replicate in CsvFormat.InOrder(result))
        {
            var keyCells = TableKeys.Cells(replicate, keys);
            foreach (var row in replicate.Timeseries.OrderBy(s => s.Step))
            {
                table.Add(
                [
                    Cell.Of(replicate.Replicate),
                    Cell.Of(row.Step),
                    Cell.Of(row.NewAdopters),
                    Cell.Of(row.Adopters),
                    Cell.Of(row.Exposures),
                    .. keyCells,
                ]);
            }
        }

        return table;
    }

    /// <summary>The text of <c>timeseries.csv</c>.</summary>
    public static string Format(RunResult result) => OutputTableCsv.Format(Table(result));
}
