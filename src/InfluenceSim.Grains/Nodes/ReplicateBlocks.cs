using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// The agent blocks of a run's replicate batches: replicate r lives in block r / batch, or in the one
/// block a node grain (or a partition running one replicate batch) has for every replicate, found with no
/// division. A value, so a node grain holds no object for it.
/// </summary>
internal readonly struct ReplicateBlocks
{
    private readonly AgentBlock? _one;
    private readonly AgentBlock[]? _batches;
    private readonly int _batch;

    /// <summary>The blocks of a run's replicate batches of <paramref name="batch"/> replicates each; a single block is held as <see cref="ReplicateBlocks(AgentBlock)"/> holds it.</summary>
    public ReplicateBlocks(AgentBlock[] blocks, int batch)
    {
        if (blocks.Length == 1)
        {
            _one = blocks[0];
            return;
        }

        _batches = blocks;
        _batch = batch;
    }

    /// <summary>One block carrying every replicate.</summary>
    public ReplicateBlocks(AgentBlock block) => _one = block;

    /// <summary>The block that carries <paramref name="replicate"/>.</summary>
    public AgentBlock Of(int replicate) => _one ?? _batches![replicate / _batch];
}
