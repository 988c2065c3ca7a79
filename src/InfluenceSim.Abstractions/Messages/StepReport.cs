namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What a node did at one step: the replicates in which it adopted (with the credited prescriber,
/// -1 for none, and the seed its adoption traces back to through credits, -1 for none, at which
/// depth); the replicates in which it prescribed (on adopting, or again while its prescribing
/// window lasts), each with the root and depth of its adoption, every one exposing its out-degree
/// ties at the next step; the mail it sends for the next step as (target, replicate) pairs, grouped
/// by prescription in prescription order; and the replicates in which it must be visited at the
/// next step although no mail may reach it (it prescribes again then).
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-report")]
public sealed record StepReport(
    [property: Id(0)] int[] AdoptedReplicates,
    [property: Id(1)] int[] Credits,
    [property: Id(2)] int[] Roots,
    [property: Id(3)] int[] Depths,
    [property: Id(4)] int OutDegree,
    [property: Id(5)] int[] MailTargets,
    [property: Id(6)] int[] MailReplicates,
    [property: Id(7)] int[] PrescribedReplicates,
    [property: Id(8)] int[] PrescribedRoots,
    [property: Id(9)] int[] PrescribedDepths,
    [property: Id(10)] int[] Revisits);
