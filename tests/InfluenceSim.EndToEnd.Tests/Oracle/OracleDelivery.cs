using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// What is delivered at step t: the social proof of the adopters of t-1 (to models that read it),
/// the prescriptions of the prescribers of t-1 not suppressed (each with its landing coin, keyed by
/// the attempt k = t-1 minus the prescriber's adoption step: the k-th prescription u sends v), the
/// broadcasts of the campaigns active at t and, when somebody was relayed at t-1, the relay's (its
/// audience grown with the number of relayed posts).
/// </summary>
public static class OracleDelivery
{
    /// <summary>Fills <paramref name="inbox"/> and gives the number of prescriptions suppressed.</summary>
    public static long Deliver(OracleSetup setup, OracleState state, OracleInbox inbox, int step, int relayedPosts)
    {
        var network = state.Network;
        var model = setup.Model;
        var brand = setup.Market.Brand;
        int r = state.Replicate;
        int sent = step - 1;
        long suppressed = 0;
        for (int u = 0; u < network.NodeCount; u++)
        {
            if (model.ReadsSocialProof && state.AdoptedAt[u] == sent)
            {
                foreach (int v in network.OutNeighbours(u))
                {
                    inbox.Add(new OracleMessage(u, v, MessageKind.SocialProof, Valence.Positive, Landed: true));
                }
            }

            if (model.PrescriptionAt(state, u, sent) is not { } valence)
            {
                continue;
            }

            int attempt = sent - state.AdoptedAt[u];
            foreach (int v in network.OutNeighbours(u))
            {
                if (brand.Stance == BrandStance.Suppress && state.Draws.Draw(OracleDraws.Suppress, r, sent, u, v) < brand.Share)
                {
                    suppressed++;
                    continue;
                }

                bool landed = state.Draws.Draw(OracleDraws.Prescribe, r, attempt, u, v) < model.LandingWeight(state, u, v);
                inbox.Add(new OracleMessage(u, v, MessageKind.Prescription, valence, landed));
            }
        }

        var campaigns = setup.Market.Campaigns;
        for (int c = 0; c < campaigns.Count; c++)
        {
            if (campaigns[c].At <= step && step <= campaigns[c].Until)
            {
                Broadcast(state, inbox, campaigns[c].Audience, c, step, campaigns[c].Valence, campaigns[c].Persuasion);
            }
        }

        if (relayedPosts > 0)
        {
            Broadcast(state, inbox, RelayAudience(brand.Audience, relayedPosts), campaigns.Count, step, Valence.Positive, brand.Persuasion);
        }

        return suppressed;
    }

    /// <summary>How many senders of positive word at <paramref name="step"/> the brand relays: those with <c>draw(RELAY, r, step, u, 0) &lt; share</c>.</summary>
    public static int Relayed(OracleSetup setup, OracleState state, int step)
    {
        var brand = setup.Market.Brand;
        return brand.Stance != BrandStance.Relay ? 0 : Enumerable.Range(0, state.Network.NodeCount).Count(u =>
            setup.Model.SendsPositiveWord(state, u, step) && state.Draws.Draw(OracleDraws.Relay, state.Replicate, step, u, 0) < brand.Share);
    }

    /// <summary>The relay broadcast's audience for m relayed posts, each reaching on its own: reach 1 - (1 - f)^m, or count k m.</summary>
    private static AudienceSettings RelayAudience(AudienceSettings audience, int posts) => audience.Reach is { } reach
        ? audience with { Reach = 1 - Math.Pow(1 - reach, posts) }
        : audience with { Count = (int)Math.Min((long)audience.Count!.Value * posts, int.MaxValue) };

    /// <summary>The nodes that prescribe at <paramref name="step"/>, either valence, suppressed or not.</summary>
    public static int Prescribers(OracleSetup setup, OracleState state, int step) =>
        Enumerable.Range(0, state.Network.NodeCount).Count(u => setup.Model.PrescriptionAt(state, u, step) is not null);

    private static void Broadcast(OracleState state, OracleInbox inbox, AudienceSettings audience, int number, int step, Valence valence, double persuasion)
    {
        foreach (int v in OracleAudience.Reached(state, audience, number, step))
        {
            inbox.Add(new OracleMessage(number, v, MessageKind.Broadcast, valence, Landed: true, persuasion));
        }
    }
}
