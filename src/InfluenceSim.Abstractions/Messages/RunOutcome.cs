namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// Every replicate's counts, in replicate order, and the observed prescribers: entry i says that
/// node <c>Prescribers[i]</c> (ascending) was credited with <c>Conversions[i]</c> adoptions over all
/// replicates; and how many messages were delivered and how many rows of the interaction stream
/// were kept (read them with <c>Events</c>).
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.run-outcome")]
public sealed record RunOutcome(
    [property: Id(0)] ReplicateOutcome[] Replicates,
    [property: Id(1)] int[] Prescribers,
    [property: Id(2)] long[] Conversions,
    [property: Id(3)] long EventsDelivered,
    [property: Id(4)] int EventsKept);
