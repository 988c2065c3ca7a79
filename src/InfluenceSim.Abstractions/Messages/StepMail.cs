namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// Everything that reaches one node at one step: entry i is a letter of kind <c>Kinds[i]</c> from
/// <c>Senders[i]</c> (a node; a campaign number for a broadcast; -1 for a visit without mail) in
/// replicate <c>Replicates[i]</c>; a node sender's adoption traces back to seed <c>Roots[i]</c>
/// (-1: none) at depth <c>Depths[i]</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-mail")]
public sealed record StepMail(
    [property: Id(0)] int Step,
    [property: Id(1)] int[] Replicates,
    [property: Id(2)] int[] Senders,
    [property: Id(3)] int[] Roots,
    [property: Id(4)] int[] Depths,
    [property: Id(5)] int[] Kinds);
