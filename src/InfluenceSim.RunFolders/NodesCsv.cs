using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The table <c>nodes</c> (<c>nodes.csv</c>, <c>nodes.parquet</c>), written only with <c>outputs: [nodes]</c>: one row per
/// replicate and node, ordered by replicate, then node: who adopted when and why, credited to whom, who rejected,
/// and what each node received and sent.
/// </summary>
public static class NodesCsv
{
    /// <summary>The table's name, its files' name without extension.</summary>
    public const string TableName = "nodes";

    /// <summary>The header line's columns, in order.</summary>
    public const string Header = "replicate,node,adopted_at,cause,credited_to,root,depth,rejected_at,dissatisfied,received_social_proof,received_prescriptions,received_negative,received_broadcasts,prescriptions_sent,prescriptions_landed";

    /// <summary>The table of a run's node records, groups in order (a sweep point, a compared strategy), key columns last.</summary>
    /// <exception cref="ArgumentException">A record belongs to a group that has no replicate in the run.</exception>
    public static OutputTable Table(RunResult result) => KeyedRows.PerGroup(TableName, Columns, result, r => r.NodeRecords, "node records", n => n.Group, Row);

    /// <summary>The text of <c>nodes.csv</c>.</summary>
    public static string Format(RunResult result) => OutputTableCsv.Format(Table(result));

    private static readonly OutputColumn[] Columns = OutputColumn.FromHeader(Header, ColumnType.Integer, null, OutputColumn.Text("cause"));

    private static Cell[] Row(NodeRecord n) =>
    [
        Cell.Of(n.Replicate),
        Cell.Of(n.Node),
        Cell.Of(n.AdoptedAt),
        Cell.Of(EventNames.Of(n.Cause)),
        Cell.Of(n.CreditedTo),
        Cell.Of(n.Root),
        Cell.Of(n.Depth),
        Cell.Of(n.RejectedAt),
        Cell.Of(n.Dissatisfied ? 1 : 0),
        Cell.Of(n.ReceivedSocialProof),
        Cell.Of(n.ReceivedPrescriptions),
        Cell.Of(n.ReceivedNegative),
        Cell.Of(n.ReceivedBroadcasts),
        Cell.Of(n.PrescriptionsSent),
        Cell.Of(n.PrescriptionsLanded),
    ];
}
