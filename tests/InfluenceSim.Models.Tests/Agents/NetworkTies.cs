using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Models.Tests.Agents;

/// <summary>The two ways a host holds a network's ties: a block's view over the network's own arrays, and a node grain's copy of one node's ties.</summary>
internal static class NetworkTies
{
    /// <summary>The ties of nodes <paramref name="first"/> .. + <paramref name="count"/> - 1, viewing the network's arrays (nothing copied).</summary>
    public static NodeTies Range(Network network, int first, int count)
    {
        var (outOffsets, targets, outWeights) = network.OutRows;
        var (inOffsets, sources, inWeights) = network.InRows;
        bool unit = network.Unweighted;
        return new NodeTies(
            count,
            outOffsets.Slice(first, count + 1),
            targets,
            unit ? ReadOnlyMemory<double>.Empty : outWeights,
            inOffsets.Slice(first, count + 1),
            sources,
            unit ? ReadOnlyMemory<double>.Empty : inWeights);
    }

    /// <summary>One node's ties in arrays of its own, as a node grain receives them.</summary>
    public static NodeTies OfNode(Network network, int node)
    {
        bool unit = network.Unweighted;
        return new NodeTies(
            network.OutNeighbours(node).ToArray(),
            unit ? null : network.OutWeights(node).ToArray(),
            network.InNeighbours(node).ToArray(),
            unit ? null : network.InWeights(node).ToArray());
    }
}
