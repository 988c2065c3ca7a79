using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// What every node of one replicate received and prescribed, counted from the messages delivered at
/// each step that ran (a prescription sent at the last step that ran is never delivered, so never counted).
/// </summary>
public sealed class OracleNodeTally(int nodes)
{
    private readonly long[] socialProof = new long[nodes];
    private readonly long[] prescriptions = new long[nodes];
    private readonly long[] negative = new long[nodes];
    private readonly long[] broadcasts = new long[nodes];
    private readonly long[] sent = new long[nodes];
    private readonly long[] landed = new long[nodes];

    /// <summary>Counts the messages of one step: social proof and broadcasts on their receiver, prescriptions on both ends.</summary>
    public void Add(OracleInbox inbox)
    {
        for (int v = 0; v < nodes; v++)
        {
            foreach (var m in inbox.To(v))
            {
                switch (m.Kind)
                {
                    case MessageKind.SocialProof:
                        socialProof[v]++;
                        break;
                    case MessageKind.Prescription:
                        sent[m.From]++;
                        if (m.Landed)
                        {
                            landed[m.From]++;
                            prescriptions[v]++;
                        }

                        break;
                    default:
                        broadcasts[v]++;
                        break;
                }

                if (m.ActsNegatively)
                {
                    negative[v]++;
                }
            }
        }
    }

    /// <summary>Every node's row at the end of the replicate, ascending.</summary>
    public List<OracleNode> Nodes(OracleState state) =>
        [.. Enumerable.Range(0, nodes).Select(v =>
        {
            bool adopted = state.AdoptedAt[v] >= 0;
            return new OracleNode(
                state.Replicate,
                v,
                state.AdoptedAt[v],
                adopted ? state.Cause[v] : null,
                state.Credit[v],
                state.Root[v],
                state.Depth[v],
                state.RejectedAt[v],
                adopted && !state.Satisfied[v],
                socialProof[v],
                prescriptions[v],
                negative[v],
                broadcasts[v],
                sent[v],
                landed[v]);
        })];
}
