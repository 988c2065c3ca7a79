namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What a node did at one step: the replicates in which it adopted (with the credited prescriber,
/// -1 for none, and the seed its adoption traces back to through credits, -1 for none, at which
/// depth), its out-degree (each adoption exposes that many ties at the next step), and the mail it
/// sends for the next step as (target, replicate) pairs, grouped by adoption in adoption order.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-report")]
public sealed record StepReport(
    [property: Id(0)] int[] AdoptedReplicates,
    [property: Id(1)] int[] Credits,
    [property: Id(2)] int[] Roots,
    [property: Id(3)] int[] Depths,
    [property: Id(4)] int OutDegree,
    [property: Id(5)] int[] MailTargets,
    [property: Id(6)] int[] MailReplicates);
