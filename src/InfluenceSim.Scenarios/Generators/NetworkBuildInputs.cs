using InfluenceSim.Networks.Files;

namespace InfluenceSim.Scenarios.Generators;

/// <summary>What building a network takes besides its spec.</summary>
/// <param name="MasterSeed">The scenario's master seed; random generators draw from it.</param>
/// <param name="Attributes">How a network file's node attributes are read (generator file).</param>
/// <param name="WeightsAreProbabilities">Whether a network file's weights are refused above 1 (generator file).</param>
public sealed record NetworkBuildInputs(long MasterSeed, IReadOnlyList<NodeAttributeRule> Attributes, bool WeightsAreProbabilities);
