using System.Globalization;
using System.Text;
using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>The oracle's own text of <c>runs.csv</c>, <c>timeseries.csv</c>, <c>events.csv</c> and <c>nodes.csv</c>: invariant culture, round-trip doubles, every line ending in LF.</summary>
public static class OracleCsv
{
    public static string Runs(OracleRun run)
    {
        var text = new StringBuilder("replicate,seed,adopters,adopted_fraction,steps,exposures,rejected,word_of_mouth_share,broadcast_share,cascade_depth,ended_by\n");
        foreach (var r in run.Replicates)
        {
            double fraction = (double)r.Adopters / run.Nodes;
            text.Append(CultureInfo.InvariantCulture, $"{r.Replicate},{run.Seed},{r.Adopters},{fraction:R},{r.Steps},{r.Exposures},");
            text.Append(CultureInfo.InvariantCulture, $"{r.Rejected},{r.WordOfMouthShare:R},{r.BroadcastShare:R},{r.CascadeDepth},{r.EndedBy}\n");
        }

        return text.ToString();
    }

    /// <summary>Per-seed cascades: <c>replicate,seed_node,size,depth</c>, seeds ascending.</summary>
    public static string Cascades(OracleRun run)
    {
        var text = new StringBuilder("replicate,seed_node,size,depth\n");
        foreach (var r in run.Replicates)
        {
            foreach (var (seed, size, depth) in r.Cascades)
            {
                text.Append(CultureInfo.InvariantCulture, $"{r.Replicate},{seed},{size},{depth}\n");
            }
        }

        return text.ToString();
    }

    public static string Timeseries(OracleRun run)
    {
        var text = new StringBuilder("replicate,step,new_adopters,adopters,exposures,cause_seed,cause_broadcast,cause_prescription,cause_social_proof,");
        text.Append("exposures_social_proof,exposures_prescription,exposures_broadcast,exposures_negative,suppressed,active_prescribers,new_rejected,rejected\n");
        foreach (var r in run.Replicates)
        {
            foreach (var row in r.Rows)
            {
                text.Append(CultureInfo.InvariantCulture, $"{r.Replicate},{row.Step},{row.NewAdopters},{row.Adopters},{row.Exposures},");
                text.Append(CultureInfo.InvariantCulture, $"{row.CauseSeed},{row.CauseBroadcast},{row.CausePrescription},{row.CauseSocialProof},");
                text.Append(CultureInfo.InvariantCulture, $"{row.ExposuresSocialProof},{row.ExposuresPrescription},{row.ExposuresBroadcast},{row.ExposuresNegative},");
                text.Append(CultureInfo.InvariantCulture, $"{row.Suppressed},{row.ActivePrescribers},{row.NewRejected},{row.Rejected}\n");
            }
        }

        return text.ToString();
    }

    /// <summary><c>events.csv</c>: <c>replicate,step,from,to,kind,valence,outcome</c>, in the run's order.</summary>
    public static string Events(OracleRun run)
    {
        var text = new StringBuilder("replicate,step,from,to,kind,valence,outcome\n");
        foreach (var e in run.Events)
        {
            text.Append(EventLine(e.Replicate, e.Step, e.From, e.To, e.Kind, e.Valence, e.Outcome));
        }

        return text.ToString();
    }

    /// <summary><c>nodes.csv</c>: one row per replicate and node, sorted by replicate then node.</summary>
    public static string Nodes(OracleRun run)
    {
        var text = new StringBuilder("replicate,node,adopted_at,cause,credited_to,root,depth,rejected_at,dissatisfied,");
        text.Append("received_social_proof,received_prescriptions,received_negative,received_broadcasts,prescriptions_sent,prescriptions_landed\n");
        foreach (var v in run.Replicates.SelectMany(r => r.Nodes))
        {
            string cause = v.Cause switch
            {
                AdoptionCause.Seed => "seed",
                AdoptionCause.Broadcast => "broadcast",
                AdoptionCause.Prescription => "prescription",
                AdoptionCause.SocialProof => "social-proof",
                _ => "none",
            };
            text.Append(CultureInfo.InvariantCulture, $"{v.Replicate},{v.Node},{v.AdoptedAt},{cause},{v.CreditedTo},{v.Root},{v.Depth},{v.RejectedAt},{(v.Dissatisfied ? 1 : 0)},");
            text.Append(CultureInfo.InvariantCulture, $"{v.ReceivedSocialProof},{v.ReceivedPrescriptions},{v.ReceivedNegative},{v.ReceivedBroadcasts},{v.PrescriptionsSent},{v.PrescriptionsLanded}\n");
        }

        return text.ToString();
    }

    private static string EventLine(int replicate, int step, int from, int to, MessageKind kind, Valence valence, MessageOutcome outcome)
    {
        string kindText = kind switch
        {
            MessageKind.SocialProof => "social-proof",
            MessageKind.Prescription => "prescription",
            _ => "broadcast",
        };
        string valenceText = valence == Valence.Negative ? "negative" : "positive";
        return string.Create(CultureInfo.InvariantCulture, $"{replicate},{step},{from},{to},{kindText},{valenceText},{outcome.ToString().ToLowerInvariant()}\n");
    }
}
