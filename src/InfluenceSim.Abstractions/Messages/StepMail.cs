namespace InfluenceSim.Abstractions.Messages;

/// <summary>Everything that reaches one node at one step, every replicate together, in no particular order (the node sorts it).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.step-mail")]
public sealed record StepMail(
    [property: Id(0)] int Step,
    [property: Id(1)] MailEntry[] Letters);
