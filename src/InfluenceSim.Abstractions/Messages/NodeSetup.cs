namespace InfluenceSim.Abstractions.Messages;

/// <summary>What a node needs to join a run: its ties (weights null when all are 1), the model, the seed and the lane count.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-setup")]
public sealed record NodeSetup(
    [property: Id(0)] ModelSetup Model,
    [property: Id(1)] long Seed,
    [property: Id(2)] int Replicates,
    [property: Id(3)] int[] OutTargets,
    [property: Id(4)] double[]? OutWeights,
    [property: Id(5)] int[] InSources,
    [property: Id(6)] double[]? InWeights);
