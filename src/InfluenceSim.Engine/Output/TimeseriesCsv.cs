using System.Text;
using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>The text of <c>timeseries.csv</c>: one row per replicate and step, sorted by replicate then step.</summary>
public static class TimeseriesCsv
{
    /// <summary>The header line's columns, in order.</summary>
    public const string Header = "replicate,step,new_adopters,adopters,exposures";

    /// <summary>Formats every replicate's time series.</summary>
    public static string Format(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        CsvFormat.AppendLine(text, [Header, .. CsvFormat.KeyColumns(result)]);
        foreach (var replicate in CsvFormat.InOrder(result))
        {
            var keys = CsvFormat.KeyValues(replicate).ToArray();
            foreach (var row in replicate.Timeseries.OrderBy(s => s.Step))
            {
                CsvFormat.AppendLine(
                    text,
                    [
                        CsvFormat.Integer(replicate.Replicate),
                        CsvFormat.Integer(row.Step),
                        CsvFormat.Integer(row.NewAdopters),
                        CsvFormat.Integer(row.Adopters),
                        CsvFormat.Integer(row.Exposures),
                        .. keys,
                    ]);
            }
        }

        return text.ToString();
    }
}
