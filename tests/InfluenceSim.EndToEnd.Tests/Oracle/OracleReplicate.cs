namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// One replicate: rows for steps 0 .. <see cref="Steps"/>, every exposure delivered (the quiet last
/// step's included) and, per seed ascending, the cascade grown from it: (seed, size with the seed, depth).
/// </summary>
public sealed record OracleReplicate(int Replicate, IReadOnlyList<OracleRow> Rows, long Adopters, int Steps, long Exposures, IReadOnlyList<(int Seed, long Size, int Depth)> Cascades)
{
    /// <summary>Nodes that rejected by the end of the replicate, at any step.</summary>
    public long Rejected { get; init; }

    /// <summary>Adoptions by prescription or social proof over adopters that are not seeds (0 when there are none).</summary>
    public double WordOfMouthShare { get; init; }

    /// <summary>Adoptions by broadcast over adopters that are not seeds (0 when there are none).</summary>
    public double BroadcastShare { get; init; }

    /// <summary>The greatest depth of any adopter (0 when none).</summary>
    public int CascadeDepth { get; init; }

    /// <summary>A row for every step that ran, the quiet steps after <see cref="Steps"/> included (they have no time-series row).</summary>
    public IReadOnlyList<OracleRow> Ran { get; init; } = [];

    /// <summary><c>quiet</c> when the replicate ended with nothing left that could change, <c>max-steps</c> when the steps ran out first.</summary>
    public string EndedBy { get; init; } = "";

    /// <summary>The rows of <c>nodes.csv</c>: one per node, ascending.</summary>
    public IReadOnlyList<OracleNode> Nodes { get; init; } = [];
}
