namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// Everything that reaches one node at one step: entry i says that <c>Senders[i]</c> (an adopter of
/// the previous step; -1 for a visit without mail) reached the node in replicate <c>Replicates[i]</c>;
/// the sender's adoption traces back to seed <c>Roots[i]</c> (-1: none) at depth <c>Depths[i]</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-mail")]
public sealed record StepMail(
    [property: Id(0)] int Step,
    [property: Id(1)] int[] Replicates,
    [property: Id(2)] int[] Senders,
    [property: Id(3)] int[] Roots,
    [property: Id(4)] int[] Depths);
