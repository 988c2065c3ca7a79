using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// <c>bass</c>: an open node adopts when <c>x &lt; ((p b(v)) + (q s(v))) A(v)</c>, s the weighted share of
/// its adopted in-ties (0 without in-ties); by broadcast when <c>x &lt; (p b(v)) A(v)</c>, else by social
/// proof credited to the lowest-id in-tie adopted by the end of t-1.
/// </summary>
public sealed record BassModel(double Innovation = 0.03, double Imitation = 0.38, double Averting = 0) : OracleModel
{
    public override double Aversion => Averting;

    public override OracleDecision? Decide(OracleState state, OracleInbox inbox, int step, int node)
    {
        var network = state.Network;
        double share = network.InDegree(node) > 0 ? Math.Min(1, OracleTies.Share(network, node, state.AdoptedAt)) : 0;
        double acceptance = state.Acceptance[node];
        double innovation = Innovation * BroadcastStrength(state, inbox, node);
        double x = AdoptionDraw(state, step, node);
        if (x < innovation * acceptance)
        {
            return OracleDecision.ByBroadcast;
        }

        return x < (innovation + (Imitation * share)) * acceptance
            ? new OracleDecision(AdoptionCause.SocialProof, OracleTies.LowestAdopted(network, node, state.AdoptedAt, _ => true))
            : null;
    }

    public override bool Pending(OracleState state) =>
        Imitation > 0 && Enumerable.Range(0, state.Network.NodeCount).Any(v => state.Open(v) && OracleTies.Adopted(state.Network, v, state.AdoptedAt) > 0);
}
