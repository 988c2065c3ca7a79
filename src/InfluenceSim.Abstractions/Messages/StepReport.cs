namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What a node did at one step. Adoptions: replicate, cause (0 seed, 1 broadcast, 2 prescription,
/// 3 social proof), credited node (-1: none), root (-1: none) and depth. Rejections: replicates.
/// Sendings, one per replicate in which the node sent or asked for anything: the root and depth of
/// its adoption, the exposures it causes at the next step by kind (social proof, prescriptions,
/// of which negative), prescriptions the brand suppressed, and flags (1 prescriber, 2 relayed,
/// 4 visit me next step); its mail as (target, replicate, letter kind), grouped by sending in
/// sending order. Events (null unless recorded): the letters it received, each with its outcome.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-report")]
public sealed record StepReport(
    [property: Id(0)] int[] AdoptedReplicates,
    [property: Id(1)] int[] Causes,
    [property: Id(2)] int[] Credits,
    [property: Id(3)] int[] Roots,
    [property: Id(4)] int[] Depths,
    [property: Id(5)] int[] RejectedReplicates,
    [property: Id(6)] int[] SentReplicates,
    [property: Id(7)] int[] SentRoots,
    [property: Id(8)] int[] SentDepths,
    [property: Id(9)] int[] SocialProof,
    [property: Id(10)] int[] Prescriptions,
    [property: Id(11)] int[] Negative,
    [property: Id(12)] int[] Suppressed,
    [property: Id(13)] int[] Flags,
    [property: Id(14)] int[] MailTargets,
    [property: Id(15)] int[] MailReplicates,
    [property: Id(16)] int[] MailKinds,
    [property: Id(17)] ReceivedEvents? Events)
{
    public const int PrescriberFlag = 1;
    public const int RelayedFlag = 2;
    public const int RevisitFlag = 4;
}
