using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>The table <c>runs</c> (<c>runs.csv</c>, <c>runs.parquet</c>): one row per replicate, in replicate order.</summary>
public static class RunsCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "runs";

    /// <summary>The header line's columns, in order.</summary>
    public const string Header = "replicate,seed,adopters,adopted_fraction,steps,exposures,rejected,word_of_mouth_share,broadcast_share,cascade_depth,ended_by";

    /// <summary>
    /// The table of a run's replicates. <paramref name="seed"/> is the master seed, repeated on every row;
    /// <c>adopted_fraction</c> is adopters / nodes (0 for a network without nodes); <c>ended_by</c> is
    /// <c>quiet</c> or <c>max-steps</c> (<see cref="ReplicateEndings"/>). A run whose
    /// replicates carry key columns (a comparison, a sweep) has them after the others.
    /// </summary>
    public static OutputTable Table(RunResult result, long seed) =>
        KeyedRows.PerReplicate(TableName, Columns, result, replicate => [Row(result, seed, replicate)]);

    /// <summary>The text of <c>runs.csv</c>.</summary>
    public static string Format(RunResult result, long seed) => OutputTableCsv.Format(Table(result, seed));

    private static readonly OutputColumn[] Columns = OutputColumn.FromHeader(
        Header,
        ColumnType.Integer,
        null,
        OutputColumn.Real("adopted_fraction"),
        OutputColumn.Real("word_of_mouth_share"),
        OutputColumn.Real("broadcast_share"),
        OutputColumn.Text("ended_by"));

    /// <summary>Adopters as a share of the nodes, the value of the <c>adopted_fraction</c> column.</summary>
    public static double AdoptedFraction(long adopters, int nodes) => nodes == 0 ? 0 : (double)adopters / nodes;

    private static Cell[] Row(RunResult result, long seed, ReplicateResult replicate) =>
    [
        Cell.Of(replicate.Replicate),
        Cell.Of(seed),
        Cell.Of(replicate.Adopters),
        Cell.Of(AdoptedFraction(replicate.Adopters, replicate.Nodes ?? result.Nodes)),
        Cell.Of(replicate.Steps),
        Cell.Of(replicate.Exposures),
        Cell.Of(replicate.Rejected),
        Cell.Of(replicate.WordOfMouthShare),
        Cell.Of(replicate.BroadcastShare),
        Cell.Of(replicate.CascadeDepth),
        Cell.Of(ReplicateEndings.Name(replicate.EndedBy)),
    ];
}
