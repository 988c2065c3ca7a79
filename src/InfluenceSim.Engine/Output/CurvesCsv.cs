using System.Text;
using InfluenceSim.Engine.Statistics;

namespace InfluenceSim.Engine.Output;

/// <summary>The text of <c>curves.csv</c>: one row per point and step (<see cref="StepStatistics"/>), the point's key columns last.</summary>
public static class CurvesCsv
{
    /// <summary>The header line's columns before the key columns, in order.</summary>
    public const string Header =
        "step,replicates,adopters_mean,adopters_sd,adopters_ci95_lo,adopters_ci95_hi,new_adopters_mean,new_adopters_sd,new_adopters_ci95_lo,new_adopters_ci95_hi," +
        "adopters_ci95_bootstrap_lo,adopters_ci95_bootstrap_hi,adopters_p5,adopters_p50,adopters_p95";

    /// <summary>
    /// Formats the curves of the points in the order given, each point's steps in order. Every point has the
    /// same key columns (none for a run without a sweep or comparison), which follow <see cref="Header"/>.
    /// </summary>
    public static string Format(IReadOnlyList<(IReadOnlyList<KeyValuePair<string, string>> Keys, StepStatistics Statistics)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        IReadOnlyList<string> columns = points.Count == 0 ? [] : [.. points[0].Keys.Select(k => k.Key)];
        if (points.Any(p => !p.Keys.Select(k => k.Key).SequenceEqual(columns, StringComparer.Ordinal)))
        {
            throw new ArgumentException("Every point of curves.csv has the same key columns, in the same order.", nameof(points));
        }

        var text = new StringBuilder();
        CsvFormat.AppendLine(text, [Header, .. columns.Select(CsvFormat.Text)]);
        foreach (var (keys, statistics) in points)
        {
            string[] values = [.. keys.Select(k => CsvFormat.Text(k.Value))];
            foreach (var step in statistics.Steps)
            {
                CsvFormat.AppendLine(
                    text,
                    [
                        CsvFormat.Integer(step.Step),
                        CsvFormat.Integer(step.Replicates),
                        .. Fields(step.Adopters),
                        .. Fields(step.NewAdopters),
                        step.AdoptersBootstrap is { } interval ? CsvFormat.Real(interval.Low) : string.Empty,
                        step.AdoptersBootstrap is { } same ? CsvFormat.Real(same.High) : string.Empty,
                        CsvFormat.Real(step.AdoptersP5),
                        CsvFormat.Real(step.AdoptersP50),
                        CsvFormat.Real(step.AdoptersP95),
                        .. values,
                    ]);
            }
        }

        return text.ToString();
    }

    private static string[] Fields(SampleSummary summary) =>
        [CsvFormat.Real(summary.Mean), CsvFormat.Real(summary.Sd), CsvFormat.Real(summary.Ci95Low), CsvFormat.Real(summary.Ci95High)];
}
