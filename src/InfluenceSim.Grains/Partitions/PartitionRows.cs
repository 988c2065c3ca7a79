using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// One partition's slice of the network in compressed sparse row form, filled chunk by chunk in
/// node order as it joins, then read only: the ties and the network file's values of its nodes,
/// with no object per node.
/// </summary>
internal sealed class PartitionRows(int firstNode, int count)
{
    private readonly List<int> _outOffsets = [0];
    private readonly List<int> _outTargets = [];
    private readonly List<double> _outWeights = [];
    private readonly List<double> _outProbabilities = [];
    private readonly List<int> _inOffsets = [0];
    private readonly List<int> _inSources = [];
    private readonly List<double> _inWeights = [];
    private readonly double[]?[] _traits = new double[]?[TraitNames.All.Count];
    private int[]? _segments;
    private int _joined;
    private NodeTies? _ties;

    public int FirstNode => firstNode;

    public int Count => count;

    /// <summary>Whether every node of the slice has joined.</summary>
    public bool Complete => _joined == count;

    /// <summary>Adds the next node's row.</summary>
    public void Add(NodeJoin row)
    {
        if (row.Node != firstNode + _joined || _ties is not null)
        {
            throw new InvalidOperationException($"node {row.Node} joined out of order: node {firstNode + _joined} is next");
        }

        _outTargets.AddRange(row.OutTargets);
        _outWeights.AddRange(row.OutWeights ?? []);
        _outProbabilities.AddRange(row.OutProbabilities ?? []);
        _outOffsets.Add(_outTargets.Count);
        _inSources.AddRange(row.InSources);
        _inWeights.AddRange(row.InWeights ?? []);
        _inOffsets.Add(_inSources.Count);
        if (row.FixedTraits is { } traits)
        {
            for (int trait = 0; trait < traits.Length; trait++)
            {
                (_traits[trait] ??= Filled(count, double.NaN))[_joined] = traits[trait];
            }
        }

        if (row.FixedSegment >= 0)
        {
            (_segments ??= Filled(count, -1))[_joined] = row.FixedSegment;
        }

        _joined++;
    }

    /// <summary>The ties of the partition's nodes, by index from <see cref="FirstNode"/>, once every node has joined.</summary>
    public NodeTies Ties()
    {
        if (_joined != count)
        {
            throw new InvalidOperationException($"{_joined} of the partition's {count} nodes have joined");
        }

        if (_ties is null)
        {
            _ties = new NodeTies(count, Take(_outOffsets), Take(_outTargets), Take(_outWeights), Take(_inOffsets), Take(_inSources), Take(_inWeights), Take(_outProbabilities));
        }

        return _ties;
    }

    /// <summary>The network file's values of the partition's nodes, by index.</summary>
    public FixedValueTable FixedValues() =>
        FixedValueTable.Of(new NodeAttributeValues(Enumerable.Range(0, _traits.Length).Where(t => _traits[t] is not null).ToDictionary(t => (Trait)t, t => _traits[t]!), _segments), 0);

    /// <summary>The list's items as an array, the list emptied and its room given back, so the rows are held once.</summary>
    private static T[] Take<T>(List<T> items)
    {
        var array = items.ToArray();
        items.Clear();
        items.TrimExcess();
        return array;
    }

    private static T[] Filled<T>(int length, T value)
    {
        var values = new T[length];
        Array.Fill(values, value);
        return values;
    }
}
