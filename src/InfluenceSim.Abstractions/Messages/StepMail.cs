namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// Everything that reaches one node at one step, every replicate together, in no particular order
/// (the node sorts it). The letters view the partition's mail buffer, which stays unchanged until
/// the step's calls have all answered: an immutable payload, so a local call passes it as it is.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-mail")]
public sealed record StepMail(
    [property: Id(0)] int Step,
    [property: Id(1)] ReadOnlyMemory<MailEntry> Letters);
