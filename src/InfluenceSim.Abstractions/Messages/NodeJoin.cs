namespace InfluenceSim.Abstractions.Messages;

/// <summary>One node's own part of its setup: its ties (weights null when all are 1) and its values from the network file (see <see cref="NodeSetup"/>).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-join")]
public sealed record NodeJoin(
    [property: Id(0)] int Node,
    [property: Id(1)] int[] OutTargets,
    [property: Id(2)] double[]? OutWeights,
    [property: Id(3)] int[] InSources,
    [property: Id(4)] double[]? InWeights,
    [property: Id(5)] double[]? FixedTraits,
    [property: Id(6)] int FixedSegment);
