using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>The agent blocks of a run's replicate batches: replicate r lives in block r / batch (a node grain has one block for every replicate).</summary>
internal sealed class ReplicateBlocks(AgentBlock[] blocks, int batch)
{
    /// <summary>The block that carries <paramref name="replicate"/>.</summary>
    public AgentBlock Of(int replicate) => blocks[replicate / batch];
}
