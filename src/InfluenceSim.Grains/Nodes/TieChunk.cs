using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// One chunk of a partition's slice as its node grains read it: the ties of consecutive nodes in
/// compressed sparse row form and their values from the network file, held once on the silo. Each
/// node grain views its own row of the shared arrays (<see cref="Ties"/>), so no tie is copied per node.
/// </summary>
internal sealed class TieChunk
{
    private readonly int[] _outOffsets;
    private readonly int[] _outTargets;
    private readonly double[] _outWeights;
    private readonly double[] _outProbabilities;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly double[] _inWeights;
    private readonly double[]?[]? _fixedTraits;
    private readonly int[]? _fixedSegments;

    /// <summary>The rows of <paramref name="slice"/>, whose nodes must be consecutive.</summary>
    public TieChunk(NetworkSlice slice)
    {
        var rows = slice.Nodes;
        FirstNode = rows.Length > 0 ? rows[0].Node : 0;
        Count = rows.Length;
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].Node != FirstNode + i)
            {
                throw new ArgumentException($"node {rows[i].Node} is not consecutive in its chunk: node {FirstNode + i} was expected", nameof(slice));
            }
        }

        (_outOffsets, _outTargets) = Rows(rows, row => row.OutTargets);
        _outWeights = Values(rows, row => row.OutWeights, row => row.OutTargets.Length, 1.0);
        _outProbabilities = Values(rows, row => row.OutProbabilities, row => row.OutTargets.Length, absent: null);
        (_inOffsets, _inSources) = Rows(rows, row => row.InSources);
        _inWeights = Values(rows, row => row.InWeights, row => row.InSources.Length, 1.0);
        _fixedTraits = rows.Any(row => row.FixedTraits is not null) ? [.. rows.Select(row => row.FixedTraits)] : null;
        _fixedSegments = rows.Any(row => row.FixedSegment >= 0) ? [.. rows.Select(row => row.FixedSegment)] : null;
    }

    /// <summary>The id of the chunk's first node.</summary>
    public int FirstNode { get; }

    /// <summary>How many nodes the chunk holds.</summary>
    public int Count { get; }

    /// <summary>The ties of <paramref name="node"/>: a view of one node over the chunk's arrays.</summary>
    public NodeTies Ties(int node)
    {
        int index = IndexOf(node);
        return new NodeTies(1, _outOffsets.AsMemory(index, 2), _outTargets, _outWeights, _inOffsets.AsMemory(index, 2), _inSources, _inWeights, _outProbabilities);
    }

    /// <summary>The network file's values of <paramref name="node"/>.</summary>
    public FixedValueTable FixedValues(int node)
    {
        int index = IndexOf(node);
        return FixedValueTable.Of(new NodeFixedValues(_fixedTraits?[index], _fixedSegments?[index] ?? -1));
    }

    private int IndexOf(int node)
    {
        int index = node - FirstNode;
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(node), node, $"the chunk holds nodes {FirstNode} to {FirstNode + Count - 1}");
        }

        return index;
    }

    /// <summary>The offsets (Count + 1 entries) and the concatenated ids of every row's ties.</summary>
    private static (int[] Offsets, int[] Ids) Rows(NodeJoin[] rows, Func<NodeJoin, int[]> ids)
    {
        var offsets = new int[rows.Length + 1];
        for (int i = 0; i < rows.Length; i++)
        {
            offsets[i + 1] = offsets[i] + ids(rows[i]).Length;
        }

        var all = new int[offsets[^1]];
        for (int i = 0; i < rows.Length; i++)
        {
            ids(rows[i]).CopyTo(all, offsets[i]);
        }

        return (offsets, all);
    }

    /// <summary>
    /// Every row's values, index for index with its ties, or an empty array when no row has any (unit
    /// weights, no stored probabilities); a row without values among rows with them gets <paramref name="absent"/>
    /// for each tie (a weight of 1), or is refused when there is no such value (probabilities are stored for every row or none).
    /// </summary>
    private static double[] Values(NodeJoin[] rows, Func<NodeJoin, double[]?> values, Func<NodeJoin, int> length, double? absent)
    {
        if (rows.All(row => values(row) is null))
        {
            return [];
        }

        var all = new List<double>();
        foreach (var row in rows)
        {
            if (values(row) is { } given)
            {
                all.AddRange(given);
            }
            else if (absent is { } value)
            {
                all.AddRange(Enumerable.Repeat(value, length(row)));
            }
            else
            {
                throw new ArgumentException($"node {row.Node} comes without the values the other nodes of its chunk have");
            }
        }

        return [.. all];
    }
}
