using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// <c>linear-threshold</c>: an open node adopts by broadcast when <c>x &lt; b(v)</c>, else, with
/// in-ties, when the weighted share of its adopted in-ties is at least its threshold (trait 0, plus
/// aversion for every negative message), credited to the lowest-id in-tie adopted at t-1. Every node
/// is looked at every step, so threshold 0 needs no special case.
/// </summary>
public sealed record ThresholdModel(OracleThreshold Threshold, double Averting = 0) : OracleModel
{
    public override double Aversion => Averting;

    public override OracleThreshold DefaultThreshold => Threshold;

    public override void Avert(OracleState state, int node) => state.Threshold[node] += Averting;

    public override OracleDecision? Decide(OracleState state, OracleInbox inbox, int step, int node)
    {
        if (AdoptionDraw(state, step, node) < BroadcastStrength(state, inbox, node))
        {
            return OracleDecision.ByBroadcast;
        }

        var network = state.Network;
        return network.InDegree(node) > 0 && OracleTies.Share(network, node, state.AdoptedAt) >= state.Threshold[node]
            ? new OracleDecision(AdoptionCause.SocialProof, OracleTies.LowestAdopted(network, node, state.AdoptedAt, s => s == step - 1))
            : null;
    }
}
