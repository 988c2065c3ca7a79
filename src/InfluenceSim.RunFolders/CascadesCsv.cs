using InfluenceSim.Networks;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.RunFolders;

/// <summary>The table <c>cascades</c> (<c>cascades.csv</c>, <c>cascades.parquet</c>): one row per replicate and seed, the cascade grown from that seed through credited adoptions.</summary>
public static class CascadesCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "cascades";

    /// <summary>The header line's columns, in order (key columns of a comparison follow).</summary>
    public const string Header = "replicate,seed_node,seed_label,seed_degree,seed_degree_decile,size,depth";

    /// <summary>The cascades of a run whose replicates of group g ran on <paramref name="networkOf"/>(g).</summary>
    public static OutputTable Table(RunResult result, Func<int, Network> networkOf)
    {
        ArgumentNullException.ThrowIfNull(networkOf);
        return KeyedRows.PerReplicate(TableName, OutputColumn.FromHeader(Header, ColumnType.Integer, null, OutputColumn.Text("seed_label")), result, replicate => Rows(replicate, networkOf(replicate.Group)));
    }

    /// <summary>The text of <c>cascades.csv</c>.</summary>
    public static string Format(RunResult result, Func<int, Network> networkOf) => OutputTableCsv.Format(Table(result, networkOf));

    private static IEnumerable<Cell[]> Rows(ReplicateResult replicate, Network network)
    {
        var deciles = DegreeDeciles.Of(network);
        return replicate.Cascades.OrderBy(c => c.Seed).Select(cascade => new[]
        {
            Cell.Of(replicate.Replicate),
            Cell.Of(cascade.Seed),
            Cell.Of(network.LabelOf(cascade.Seed)),
            Cell.Of(network.OutDegree(cascade.Seed)),
            Cell.Of(deciles.Of(cascade.Seed)),
            Cell.Of(cascade.Size),
            Cell.Of(cascade.Depth),
        });
    }
}
