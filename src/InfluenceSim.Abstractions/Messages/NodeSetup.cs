using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Messages;

/// <summary>
/// What every node of a run shares: the model and market, the seed and the lane count, and whether
/// it records the messages it receives and its per-replicate record. A node's own part (its ties and
/// its values from the network file) travels in its partition's slice (<see cref="NodeJoin"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.node-setup")]
public sealed record NodeSetup(
    [property: Id(0)] ModelSettings Model,
    [property: Id(1)] long Seed, [property: Id(2)] int Replicates)
{
    /// <summary>The population's traits and segments.</summary>
    [Id(7)]
    public PopulationSettings Population { get; init; } = PopulationSettings.Default;

    [Id(10)]
    public bool RecordEvents { get; init; }

    /// <summary>Whether the node keeps its per-replicate record for the per-node table.</summary>
    [Id(11)]
    public bool RecordNode { get; init; }

    /// <summary>Each broadcast's persuasion by campaign number (the relay's last), the brand's stance and share.</summary>
    [Id(14)]
    public WordOfMouthSettings WordOfMouth { get; init; } = WordOfMouthSettings.Neutral;

    /// <summary>The run's replicate that lane 0 stands for: a replicate batch's lanes draw as replicates <see cref="FirstReplicate"/> onwards.</summary>
    [Id(13)]
    public int FirstReplicate { get; init; }
}
