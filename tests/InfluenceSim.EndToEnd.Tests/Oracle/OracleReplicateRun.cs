using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// One replicate, step by step: deliver, let every open node weigh its negative messages and decide, record the adopters, then see whether anything
/// is pending. It ends <c>quiet</c> at the first such step with nothing pending (even at <c>max-steps</c>), else <c>max-steps</c> when the steps run out.
/// </summary>
public static class OracleReplicateRun
{
    public static OracleReplicate Run(OracleSetup setup, int replicate, int[] seeds, List<OracleEvent> events)
    {
        var network = setup.Network;
        int n = network.NodeCount;
        var traits = OracleTraits.Draw(n, setup.Model, setup.Market.Population, setup.Attributes, setup.Draws, replicate);
        var state = new OracleState(network, setup.Draws, replicate, traits, setup.Model);
        foreach (int s in seeds)
        {
            state.AdoptedAt[s] = 0;
            state.Root[s] = s;
            state.Cause[s] = AdoptionCause.Seed;
        }

        int relayed = OracleDelivery.Relayed(setup, state, 0);
        var rows = new List<OracleRow> { new(0, seeds.Length, seeds.Length, 0) { CauseSeed = seeds.Length, ActivePrescribers = OracleDelivery.Prescribers(setup, state, 0) } };
        long adopters = seeds.Length;
        long exposures = 0;
        long rejected = 0;
        var tally = new OracleNodeTally(n);
        string endedBy = "max-steps";
        for (int t = 1; t <= setup.MaxSteps; t++)
        {
            var inbox = new OracleInbox(n);
            long suppressed = OracleDelivery.Deliver(setup, state, inbox, t, relayed);
            tally.Add(inbox);
            var (adopting, rejecting) = Decide(setup, state, inbox, t);
            foreach (var (v, decision) in adopting)
            {
                state.Cause[v] = decision.Cause;
                state.Credit[v] = decision.Credit;
                state.Root[v] = decision.Credit < 0 ? -1 : state.Root[decision.Credit];
                state.Depth[v] = decision.Credit < 0 ? 0 : state.Depth[decision.Credit] + 1;
            }

            foreach (var (v, _) in adopting)
            {
                state.AdoptedAt[v] = t;
            }

            foreach (int v in rejecting)
            {
                state.RejectedAt[v] = t;
            }

            if (setup.RecordEvents)
            {
                events.AddRange(OracleOutcomes.Of(setup, state, inbox, t));
            }

            relayed = OracleDelivery.Relayed(setup, state, t);
            int prescribers = OracleDelivery.Prescribers(setup, state, t);
            adopters += adopting.Count;
            rejected += rejecting.Count;
            var row = Row(t, inbox, adopting.Select(a => a.Decision.Cause).ToList(), adopters, n) with
            {
                Suppressed = suppressed,
                ActivePrescribers = prescribers,
                NewRejected = rejecting.Count,
                Rejected = rejected,
            };
            exposures += row.Exposures;
            rows.Add(row);
            if (adopting.Count == 0 && prescribers == 0 && relayed == 0 && !CampaignPending(setup, state, t) && !setup.Model.Pending(state))
            {
                endedBy = "quiet";
                break;
            }
        }

        var ran = rows.ToList();
        int steps = rows.FindLastIndex(row => row.Step == 0 || row.NewAdopters > 0);
        rows.RemoveRange(steps + 1, rows.Count - steps - 1);
        return Result(state, replicate, rows, seeds.Length, exposures, rejected) with
        {
            Ran = ran,
            Nodes = tally.Nodes(state),
            EndedBy = endedBy,
        };
    }

    private static (List<(int Node, OracleDecision Decision)> Adopting, List<int> Rejecting) Decide(OracleSetup setup, OracleState state, OracleInbox inbox, int step)
    {
        var adopting = new List<(int, OracleDecision)>();
        var rejecting = new List<int>();
        for (int v = 0; v < state.Network.NodeCount; v++)
        {
            if (!state.Open(v))
            {
                continue;
            }

            for (int i = inbox.Negatives(v); i > 0; i--)
            {
                setup.Model.Avert(state, v);
            }

            if (OracleModel.Rejects(state, v))
            {
                rejecting.Add(v);
            }
            else if (setup.Model.Decide(state, inbox, step, v) is { } decision)
            {
                adopting.Add((v, decision));
            }
        }

        return (adopting, rejecting);
    }

    private static OracleRow Row(int step, OracleInbox inbox, List<AdoptionCause> causes, long adopters, int nodes)
    {
        var messages = Enumerable.Range(0, nodes).SelectMany(inbox.To).ToList();
        long Kind(MessageKind kind) => messages.Count(m => m.Kind == kind);
        long Cause(AdoptionCause cause) => causes.Count(c => c == cause);
        return new OracleRow(step, causes.Count, adopters, messages.Count)
        {
            CauseBroadcast = Cause(AdoptionCause.Broadcast),
            CausePrescription = Cause(AdoptionCause.Prescription),
            CauseSocialProof = Cause(AdoptionCause.SocialProof),
            ExposuresSocialProof = Kind(MessageKind.SocialProof),
            ExposuresPrescription = Kind(MessageKind.Prescription),
            ExposuresBroadcast = Kind(MessageKind.Broadcast),
            ExposuresNegative = messages.Count(m => m.Valence == Valence.Negative),
        };
    }

    private static bool CampaignPending(OracleSetup setup, OracleState state, int step) =>
        setup.Market.Campaigns.Any(c => c.Until > step) && Enumerable.Range(0, state.Network.NodeCount).Any(state.Open);

    private static OracleReplicate Result(OracleState state, int replicate, List<OracleRow> rows, int seeds, long exposures, long rejected)
    {
        var adopted = Enumerable.Range(0, state.Network.NodeCount).Where(v => state.AdoptedAt[v] >= 0).ToList();
        long nonSeeds = adopted.Count - seeds;
        double ShareOf(params AdoptionCause[] causes) => nonSeeds == 0 ? 0 : (double)adopted.Count(v => causes.Contains(state.Cause[v])) / nonSeeds;
        var cascades = adopted
            .Where(v => state.Root[v] >= 0)
            .GroupBy(v => state.Root[v])
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, (long)g.Count(), g.Max(v => state.Depth[v])))
            .ToList();
        return new OracleReplicate(replicate, rows, adopted.Count, rows[^1].Step, exposures, cascades)
        {
            Rejected = rejected,
            WordOfMouthShare = ShareOf(AdoptionCause.Prescription, AdoptionCause.SocialProof),
            BroadcastShare = ShareOf(AdoptionCause.Broadcast),
            CascadeDepth = adopted.Select(v => state.Depth[v]).DefaultIfEmpty(0).Max(),
        };
    }
}
