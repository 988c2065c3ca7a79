namespace InfluenceSim.Abstractions.Messages;

/// <summary>One letter a node sends: to whom, and its <c>LetterKind</c>.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.addressed")]
public readonly record struct Addressed(
    [property: Id(0)] int Target,
    [property: Id(1)] int Kind);
