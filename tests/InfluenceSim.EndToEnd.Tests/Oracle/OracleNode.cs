using InfluenceSim.Models.Market;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// One row of <c>nodes.csv</c>, its columns in order: the node's adoption (step or -1, cause or null for
/// none, credited node, cascade root and depth), rejection step, satisfaction, what was delivered to it
/// and what it prescribed over one replicate (delivered prescriptions only, landed or not, and the landed ones).
/// </summary>
public sealed record OracleNode(
    int Replicate,
    int Node,
    int AdoptedAt,
    AdoptionCause? Cause,
    int CreditedTo,
    int Root,
    int Depth,
    int RejectedAt,
    bool Dissatisfied,
    long ReceivedSocialProof,
    long ReceivedPrescriptions,
    long ReceivedNegative,
    long ReceivedBroadcasts,
    long PrescriptionsSent,
    long PrescriptionsLanded);
