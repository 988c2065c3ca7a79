namespace InfluenceSim.Abstractions.Messages;

/// <summary>A page of the run's interaction stream, rows in stream order: replicate, step, from, to, letter kind, outcome.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.event-page")]
public sealed record EventPage(
    [property: Id(0)] int[] Replicates, [property: Id(1)] int[] Steps,
    [property: Id(2)] int[] Senders, [property: Id(3)] int[] Receivers,
    [property: Id(4)] int[] Kinds, [property: Id(5)] int[] Outcomes);
