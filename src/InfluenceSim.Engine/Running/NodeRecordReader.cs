using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Market;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Engine.Running;

/// <summary>Turns every node's records into the per-node table's rows, ordered by replicate, then node; replicate r of the records is the run's <c>firstReplicate</c> + r.</summary>
internal static class NodeRecordReader
{
    public static IReadOnlyList<NodeRecord> Rows(NodeRecords[] byNode, int replicates, int firstReplicate)
    {
        var rows = new List<NodeRecord>(byNode.Length * replicates);
        for (int r = 0; r < replicates; r++)
        {
            for (int node = 0; node < byNode.Length; node++)
            {
                var n = byNode[node];
                rows.Add(new NodeRecord(
                    firstReplicate + r,
                    node,
                    n.AdoptedAt[r],
                    n.Causes[r] < 0 ? null : (AdoptionCause)n.Causes[r],
                    n.Credits[r],
                    n.Roots[r],
                    n.Depths[r],
                    n.RejectedAt[r],
                    n.Dissatisfied[r],
                    n.ReceivedSocialProof[r],
                    n.ReceivedPrescriptions[r],
                    n.ReceivedNegative[r],
                    n.ReceivedBroadcasts[r],
                    n.PrescriptionsSent[r],
                    n.PrescriptionsLanded[r]));
            }
        }

        return rows;
    }
}
