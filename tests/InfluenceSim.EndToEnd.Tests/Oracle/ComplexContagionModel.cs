using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// <c>complex-contagion</c>: an open node adopts by broadcast when <c>x &lt; b(v)</c>, else when at
/// least <see cref="Count"/> of its in-neighbours had adopted by the end of t-1, credited to the
/// lowest-id one that adopted at t-1. No prescriptions, no aversion, every adopter satisfied.
/// </summary>
public sealed record ComplexContagionModel(int Count) : OracleModel
{
    public override bool UsesSatisfaction => false;

    public override Valence? PrescriptionAt(OracleState state, int node, int step) => null;

    public override OracleDecision? Decide(OracleState state, OracleInbox inbox, int step, int node)
    {
        if (AdoptionDraw(state, step, node) < BroadcastStrength(state, inbox, node))
        {
            return OracleDecision.ByBroadcast;
        }

        var network = state.Network;
        return OracleTies.Adopted(network, node, state.AdoptedAt) >= Count
            ? new OracleDecision(AdoptionCause.SocialProof, OracleTies.LowestAdopted(network, node, state.AdoptedAt, s => s == step - 1))
            : null;
    }
}
