namespace InfluenceSim.Abstractions.Messages;

/// <summary>One node's own part of its setup: its ties (weights null when all are 1), its values from the network file (trait values by trait number, NaN for none, null when the file gives none; segment index or -1) and, when the run stores them, its out-ties' probabilities.</summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-join")]
public sealed record NodeJoin(
    [property: Id(0)] int Node,
    [property: Id(1)] int[] OutTargets, [property: Id(2)] double[]? OutWeights,
    [property: Id(3)] int[] InSources, [property: Id(4)] double[]? InWeights,
    [property: Id(5)] double[]? FixedTraits, [property: Id(6)] int FixedSegment)
{
    /// <summary>Independent cascade's p(u, v) of each out-tie, index for index with <see cref="OutTargets"/>, or null when the model's probability is one number.</summary>
    [Id(7)]
    public double[]? OutProbabilities { get; init; }
}
