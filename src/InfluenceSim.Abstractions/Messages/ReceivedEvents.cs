namespace InfluenceSim.Abstractions.Messages;

/// <summary>The letters a node received at a step, for the interaction stream: entry i is replicate, sender, letter kind and outcome (MessageOutcome's number).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.received-events")]
public sealed record ReceivedEvents(
    [property: Id(0)] int[] Replicates, [property: Id(1)] int[] Senders,
    [property: Id(2)] int[] Kinds, [property: Id(3)] int[] Outcomes);
