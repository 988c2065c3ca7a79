using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>The prescriber role: a node learns its ties, whom it recommends to and whose choices it sees.</summary>
public interface IPrescriber : IGrainWithIntegerCompoundKey
{
    /// <summary>Joins a run: the node's ties, the model and the replicate lanes it carries; clears any earlier state.</summary>
    Task Join(NodeSetup setup);
}
