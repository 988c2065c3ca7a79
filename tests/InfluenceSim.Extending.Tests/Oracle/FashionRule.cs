using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Extending.Tests.Oracle;

/// <summary>
/// The fashion rule as the sequential oracle reads it, written from the model's description alone:
/// an open node adopts at t when k of its d in-neighbours had adopted by the end of t-1, k &gt; 0
/// and low &lt;= k / d &lt;= high, credited to the lowest-id in-neighbour that adopted at t-1.
/// No prescriptions, every adopter satisfied.
/// </summary>
public sealed record FashionRule(double Low, double High) : OracleModel
{
    public override bool UsesSatisfaction => false;

    public override Valence? PrescriptionAt(OracleState state, int node, int step) => null;

    public override OracleDecision? Decide(OracleState state, OracleInbox inbox, int step, int node)
    {
        int adopted = 0;
        int degree = 0;
        int credit = -1;
        foreach (int u in state.Network.InNeighbours(node))
        {
            degree++;
            if (state.AdoptedAt[u] >= 0)
            {
                adopted++;
            }

            if (state.AdoptedAt[u] == step - 1 && (credit < 0 || u < credit))
            {
                credit = u;
            }
        }

        if (adopted == 0)
        {
            return null;
        }

        double share = (double)adopted / degree;
        return share >= Low && share <= High ? new OracleDecision(AdoptionCause.SocialProof, credit) : null;
    }
}
