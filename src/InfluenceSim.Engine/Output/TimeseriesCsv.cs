using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>The table <c>timeseries</c> (<c>timeseries.csv</c>, <c>timeseries.parquet</c>): one row per replicate and step, sorted by replicate then step.</summary>
public static class TimeseriesCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "timeseries";

    /// <summary>The header line's columns, in order.</summary>
    public const string Header = "replicate,step,new_adopters,adopters,exposures,cause_seed,cause_broadcast,cause_prescription,cause_social_proof,"
        + "exposures_social_proof,exposures_prescription,exposures_broadcast,exposures_negative,suppressed,active_prescribers,new_rejected,rejected";

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
                OutputColumn.Integer("cause_seed"),
                OutputColumn.Integer("cause_broadcast"),
                OutputColumn.Integer("cause_prescription"),
                OutputColumn.Integer("cause_social_proof"),
                OutputColumn.Integer("exposures_social_proof"),
                OutputColumn.Integer("exposures_prescription"),
                OutputColumn.Integer("exposures_broadcast"),
                OutputColumn.Integer("exposures_negative"),
                OutputColumn.Integer("suppressed"),
                OutputColumn.Integer("active_prescribers"),
                OutputColumn.Integer("new_rejected"),
                OutputColumn.Integer("rejected"),
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
                    Cell.Of(row.CauseSeed),
                    Cell.Of(row.CauseBroadcast),
                    Cell.Of(row.CausePrescription),
                    Cell.Of(row.CauseSocialProof),
                    Cell.Of(row.ExposuresSocialProof),
                    Cell.Of(row.ExposuresPrescription),
                    Cell.Of(row.ExposuresBroadcast),
                    Cell.Of(row.ExposuresNegative),
                    Cell.Of(row.Suppressed),
                    Cell.Of(row.ActivePrescribers),
                    Cell.Of(row.NewRejected),
                    Cell.Of(row.Rejected),
                    .. keyCells,
                ]);
            }
        }

        return table;
    }

    /// <summary>The text of <c>timeseries.csv</c>.</summary>
    public static string Format(RunResult result) => OutputTableCsv.Format(Table(result));
}
