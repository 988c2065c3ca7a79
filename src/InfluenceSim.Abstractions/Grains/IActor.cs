using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>The actor role: a node adopts, and its adoption is visible to its ties whether it means it or not.</summary>
public interface IActor : IGrainWithIntegerCompoundKey
{
    /// <summary>Adopts at step 0 as a seed in the given replicates and answers with what it sends at step 1.</summary>
    Task<StepReport> AdoptAsSeed(SeedOrder order);
}
