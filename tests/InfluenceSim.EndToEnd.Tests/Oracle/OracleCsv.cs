using System.Globalization;
using System.Text;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>The oracle's own text of <c>runs.csv</c> and <c>timeseries.csv</c>: invariant culture, round-trip doubles, every line ending in LF.</summary>
public static class OracleCsv
{
    public static string Runs(OracleRun run)
    {
        var text = new StringBuilder("replicate,seed,adopters,adopted_fraction,steps,exposures\n");
        foreach (var r in run.Replicates)
        {
            double fraction = (double)r.Adopters / run.Nodes;
            text.Append(CultureInfo.InvariantCulture, $"{r.Replicate},{run.Seed},{r.Adopters},{fraction:R},{r.Steps},{r.Exposures}\n");
        }

        return text.ToString();
    }

    /// <summary>Per-seed cascades: <c>replicate,seed_node,size,depth</c>, seeds ascending.</summary>
    public static string Cascades(OracleRun run)
    {
        var text = new StringBuilder("replicate,seed_node,size,depth\n");
        foreach (var r in run.Replicates)
        {
            foreach (var (seed, size, depth) in r.Cascades)
            {
                text.Append(CultureInfo.InvariantCulture, $"{r.Replicate},{seed},{size},{depth}\n");
            }
        }

        return text.ToString();
    }

    public static string Timeseries(OracleRun run)
    {
        var text = new StringBuilder("replicate,step,new_adopters,adopters,exposures\n");
        foreach (var r in run.Replicates)
        {
            foreach (var row in r.Rows)
            {
                text.Append(CultureInfo.InvariantCulture, $"{r.Replicate},{row.Step},{row.NewAdopters},{row.Adopters},{row.Exposures}\n");
            }
        }

        return text.ToString();
    }
}
