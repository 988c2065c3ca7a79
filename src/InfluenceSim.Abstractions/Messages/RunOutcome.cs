namespace InfluenceSim.Abstractions.Messages;

/// <summary>Every replicate's counts per step, in replicate order.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.run-outcome")]
public sealed record RunOutcome([property: Id(0)] ReplicateOutcome[] Replicates);
