using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Models.Tests.Agents.Roles;

/// <summary>
/// Blocks over a four-node network small enough to work out by hand: 0 -> 1, 0 -> 2, 0 -> 3,
/// 1 -> 3, 2 -> 3, unit weights, one replicate, every trait 1 (no coin can stop a prescription of
/// probability 1, nobody is dissatisfied).
/// </summary>
internal static class HandBlocks
{
    /// <summary>The block of all four nodes under <paramref name="model"/>, with a neutral brand unless told otherwise.</summary>
    public static AgentBlock Of(ModelSettings model, WordOfMouthSettings? wordOfMouth = null) =>
        new AdoptionModel(model, PopulationSettings.Default, wordOfMouth ?? WordOfMouthSettings.Neutral)
            .CreateBlock(0, Ties(), new Draws(7), FixedValueTable.None, replicates: 1, firstReplicate: 0);

    /// <summary>Model settings whose parameters are plain numbers.</summary>
    public static ModelSettings Model(string kind, params (string Key, double Value)[] parameters) =>
        new(kind, parameters.ToDictionary(p => p.Key, p => Distribution.Constant(p.Value)));

    private static NodeTies Ties() => new(
        4,
        new[] { 0, 3, 4, 5, 5 },
        new[] { 1, 2, 3, 3, 3 },
        ReadOnlyMemory<double>.Empty,
        new[] { 0, 0, 1, 2, 5 },
        new[] { 0, 0, 0, 1, 2 },
        ReadOnlyMemory<double>.Empty);
}
