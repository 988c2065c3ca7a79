using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// The actor role of a node grain (docs/architecture.md "Roles"): its partition passes on the
/// runner's seed orders; a node decides to adopt, and its adoption is visible to its ties whether
/// it means it or not.
/// </summary>
public interface IActor : IGrainWithIntegerCompoundKey
{
    /// <summary>Adopts at step 0 as a seed in the given replicates and answers with what it sends at step 1 (its visible adoption, its recommendations).</summary>
    ValueTask<StepReport> AdoptAsSeed(SeedOrder order);
}
