using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What a node needs to join a run: its ties (weights null when all are 1), the model and market,
/// the seed and the lane count, its values from the network file (trait values by trait number,
/// NaN for none, null when the file gives none; segment index or -1), and whether it records the
/// messages it receives.
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-setup")]
public sealed record NodeSetup(
    [property: Id(0)] ModelSettings Model,
    [property: Id(1)] long Seed, [property: Id(2)] int Replicates,
    [property: Id(3)] int[] OutTargets, [property: Id(4)] double[]? OutWeights,
    [property: Id(5)] int[] InSources, [property: Id(6)] double[]? InWeights)
{
    /// <summary>The population's traits and segments.</summary>
    [Id(7)]
    public PopulationSettings Population { get; init; } = PopulationSettings.Default;

    [Id(8)]
    public double[]? FixedTraits { get; init; }

    [Id(9)]
    public int FixedSegment { get; init; } = -1;

    [Id(10)]
    public bool RecordEvents { get; init; }

    /// <summary>Whether the node keeps its per-replicate record for the per-node table.</summary>
    [Id(11)]
    public bool RecordNode { get; init; }

    /// <summary>Independent cascade's p(u, v) of each out-tie, index for index with <see cref="OutTargets"/>, or null when the model's probability is one number.</summary>
    [Id(12)]
    public double[]? OutProbabilities { get; init; }

    /// <summary>Each broadcast's persuasion by campaign number (the relay's last), the brand's stance and share.</summary>
    [Id(14)]
    public WordOfMouthSettings WordOfMouth { get; init; } = WordOfMouthSettings.Neutral;

    /// <summary>The run's replicate that lane 0 stands for: a replicate batch's lanes draw as replicates <see cref="FirstReplicate"/> onwards.</summary>
    [Id(13)]
    public int FirstReplicate { get; init; }
}
