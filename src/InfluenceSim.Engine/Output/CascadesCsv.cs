using System.Text;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Statistics;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Output;

/// <summary>The text of <c>cascades.csv</c>: one row per replicate and seed, the cascade grown from that seed through credited adoptions.</summary>
public static class CascadesCsv
{
    /// <summary>The header line's columns, in order (key columns of a comparison follow).</summary>
    public const string Header = "replicate,seed_node,seed_label,seed_degree,seed_degree_decile,size,depth";

    /// <summary>Formats the cascades of a run whose replicates of group g ran on <paramref name="networkOf"/>(g).</summary>
    public static string Format(RunResult result, Func<int, Network> networkOf)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(networkOf);
        var text = new StringBuilder();
        CsvFormat.AppendLine(text, [Header, .. CsvFormat.KeyColumns(result)]);
        foreach (var replicate in CsvFormat.InOrder(result))
        {
            var keys = CsvFormat.KeyValues(replicate).ToArray();
            var network = networkOf(replicate.Group);
            var deciles = DegreeDeciles.Of(network);
            foreach (var cascade in replicate.Cascades.OrderBy(c => c.Seed))
            {
                CsvFormat.AppendLine(
                    text,
                    [
                        CsvFormat.Integer(replicate.Replicate),
                        CsvFormat.Integer(cascade.Seed),
                        CsvFormat.Text(network.LabelOf(cascade.Seed)),
                        CsvFormat.Integer(network.OutDegree(cascade.Seed)),
                        CsvFormat.Integer(deciles.Of(cascade.Seed)),
                        CsvFormat.Integer(cascade.Size),
                        CsvFormat.Integer(cascade.Depth),
                        .. keys,
                    ]);
            }
        }

        return text.ToString();
    }
}
