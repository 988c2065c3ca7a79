namespace InfluenceSim.Abstractions.Messages;

/// <summary>The replicates in which a node is a seed.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.seed-order")]
public sealed record SeedOrder([property: Id(0)] int[] Replicates);
