using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Partitions;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// One chunk of a partition's slice as its node grains read it: the ties of consecutive nodes in
/// compressed sparse row form and their values from the network file (<see cref="PartitionRows"/>),
/// held once on the silo. Each node grain views its own row of the shared arrays (<see cref="Ties"/>),
/// so no tie is copied per node.
/// </summary>
internal sealed class TieChunk
{
    private readonly NodeTies _ties;
    private readonly FixedValueTable _fixedValues;

    /// <summary>The rows of <paramref name="slice"/>, whose nodes must be consecutive.</summary>
    public TieChunk(NetworkSlice slice)
    {
        var nodes = slice.Nodes;
        FirstNode = nodes.Length > 0 ? nodes[0].Node : 0;
        Count = nodes.Length;
        var rows = new PartitionRows(FirstNode, Count);
        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].Node != FirstNode + i)
            {
                throw new ArgumentException($"node {nodes[i].Node} is not consecutive in its chunk: node {FirstNode + i} was expected", nameof(slice));
            }

            rows.Add(nodes[i]);
        }

        _ties = rows.Ties();
        _fixedValues = rows.FixedValues();
    }

    /// <summary>The id of the chunk's first node.</summary>
    public int FirstNode { get; }

    /// <summary>How many nodes the chunk holds.</summary>
    public int Count { get; }

    /// <summary>The ties of <paramref name="node"/>: a view of one node over the chunk's arrays.</summary>
    public NodeTies Ties(int node) => _ties.Node(IndexOf(node));

    /// <summary>The network file's values of <paramref name="node"/>.</summary>
    public FixedValueTable FixedValues(int node) => _fixedValues.Node(IndexOf(node));

    private int IndexOf(int node)
    {
        int index = node - FirstNode;
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(node), node, $"the chunk holds nodes {FirstNode} to {FirstNode + Count - 1}");
        }

        return index;
    }
}
