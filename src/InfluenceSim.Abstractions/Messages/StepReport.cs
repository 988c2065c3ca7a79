namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What a node did at one step: the replicates in which it adopted (with the credited prescriber,
/// -1 for none), its out-degree (each adoption exposes that many ties at the next step), and the
/// mail it sends for the next step as (target, replicate) pairs.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-report")]
public sealed record StepReport(
    [property: Id(0)] int[] AdoptedReplicates,
    [property: Id(1)] int[] Credits,
    [property: Id(2)] int OutDegree,
    [property: Id(3)] int[] MailTargets,
    [property: Id(4)] int[] MailReplicates);
