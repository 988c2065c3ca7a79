using InfluenceSim.Models.Market;

namespace InfluenceSim.RunFolders.Results;

/// <summary>
/// One node in one replicate (a row of the per-node table): its adoption (step, cause, credited
/// node, root and depth; -1 and no cause when it did not adopt), its rejection step, whether it was
/// dissatisfied, the messages it received by kind and the prescriptions it sent and landed.
/// </summary>
public sealed record NodeRecord(
    int Replicate,
    int Node,
    int AdoptedAt,
    AdoptionCause? Cause,
    int CreditedTo,
    int Root,
    int Depth,
    int RejectedAt,
    bool Dissatisfied,
    int ReceivedSocialProof,
    int ReceivedPrescriptions,
    int ReceivedNegative,
    int ReceivedBroadcasts,
    int PrescriptionsSent,
    int PrescriptionsLanded)
{
    /// <summary>The group (sweep point or compared strategy) the row belongs to, as for replicates.</summary>
    public int Group { get; init; }
}
