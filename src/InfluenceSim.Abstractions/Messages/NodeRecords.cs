namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// One node's record in every replicate (index = replicate): adoption step (-1: none), cause (0 seed,
/// 1 broadcast, 2 prescription, 3 social proof; -1: none), credited node, root and depth, rejection
/// step (-1: none), whether dissatisfied, messages received by kind (social proof, landed
/// prescriptions, negative messages, broadcasts), and prescriptions sent (delivered) and landed.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-records")]
public sealed record NodeRecords(
    [property: Id(0)] int[] AdoptedAt, [property: Id(1)] int[] Causes, [property: Id(2)] int[] Credits,
    [property: Id(3)] int[] Roots, [property: Id(4)] int[] Depths,
    [property: Id(5)] int[] RejectedAt, [property: Id(6)] bool[] Dissatisfied,
    [property: Id(7)] int[] ReceivedSocialProof, [property: Id(8)] int[] ReceivedPrescriptions,
    [property: Id(9)] int[] ReceivedNegative, [property: Id(10)] int[] ReceivedBroadcasts,
    [property: Id(11)] int[] PrescriptionsSent, [property: Id(12)] int[] PrescriptionsLanded);
