using System.Text;
using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>The text of <c>runs.csv</c>: one row per replicate, in replicate order.</summary>
public static class RunsCsv
{
    /// <summary>The header line's columns, in order.</summary>
    public const string Header = "replicate,seed,adopters,adopted_fraction,steps,exposures";

    /// <summary>
    /// Formats a run's replicates. <paramref name="seed"/> is the master seed, repeated on every row;
    /// <c>adopted_fraction</c> is adopters / nodes (0 for a network without nodes). A run whose
    /// replicates carry key columns (a comparison) has them after SPEC's columns.
    /// </summary>
    public static string Format(RunResult result, long seed)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = new StringBuilder();
        CsvFormat.AppendLine(text, [Header, .. CsvFormat.KeyColumns(result)]);
        foreach (var replicate in CsvFormat.InOrder(result))
        {
            CsvFormat.AppendLine(
                text,
                [
                    CsvFormat.Integer(replicate.Replicate),
                    CsvFormat.Integer(seed),
                    CsvFormat.Integer(replicate.Adopters),
                    CsvFormat.Real(AdoptedFraction(replicate.Adopters, replicate.Nodes ?? result.Nodes)),
                    CsvFormat.Integer(replicate.Steps),
                    CsvFormat.Integer(replicate.Exposures),
                    .. CsvFormat.KeyValues(replicate),
                ]);
        }

        return text.ToString();
    }

    /// <summary>Adopters as a share of the nodes, the value of the <c>adopted_fraction</c> column.</summary>
    public static double AdoptedFraction(long adopters, int nodes) => nodes == 0 ? 0 : (double)adopters / nodes;
}
