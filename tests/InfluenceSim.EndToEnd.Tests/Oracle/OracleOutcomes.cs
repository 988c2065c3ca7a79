using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>The interaction stream's rows of one step: every delivered message that acts on its receiver's decision, with what came of it.</summary>
public static class OracleOutcomes
{
    public static IEnumerable<OracleEvent> Of(OracleSetup setup, OracleState state, OracleInbox inbox, int step)
    {
        for (int v = 0; v < state.Network.NodeCount; v++)
        {
            int strongest = inbox.StrongestBroadcast(v);
            foreach (var m in inbox.To(v).Where(m => m.Landed))
            {
                yield return new OracleEvent(state.Replicate, step, m.From, v, m.Kind, m.Valence, Outcome(setup, state, m, step, strongest));
            }
        }
    }

    private static MessageOutcome Outcome(OracleSetup setup, OracleState state, OracleMessage message, int step, int strongest)
    {
        int v = message.To;
        if (Before(state.AdoptedAt[v], step) || Before(state.RejectedAt[v], step))
        {
            return MessageOutcome.Ignored;
        }

        if (message.Valence == Valence.Negative)
        {
            return state.RejectedAt[v] == step ? MessageOutcome.Rejected
                : setup.Model.Aversion > 0 ? MessageOutcome.Averted
                : MessageOutcome.None;
        }

        if (state.AdoptedAt[v] != step)
        {
            return MessageOutcome.None;
        }

        bool credited = state.Cause[v] switch
        {
            AdoptionCause.Broadcast => message.Kind == MessageKind.Broadcast && message.From == strongest,
            AdoptionCause.Prescription => message.Kind == MessageKind.Prescription && message.From == state.Credit[v],
            AdoptionCause.SocialProof => message.Kind == MessageKind.SocialProof && message.From == state.Credit[v],
            _ => false,
        };
        return credited ? MessageOutcome.Converted : MessageOutcome.Adopted;
    }

    private static bool Before(int at, int step) => at >= 0 && at < step;
}
