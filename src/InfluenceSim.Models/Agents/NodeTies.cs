namespace InfluenceSim.Models.Agents;

/// <summary>
/// The ties of a contiguous run of nodes in compressed sparse row form, read-only: the node at
/// index i has out-ties (whom it prescribes to) and in-ties (whose choices it sees), each sorted by
/// the other end's id. The arrays are shared, never copied: a block over part of a network views
/// that network's own arrays, and a node grain's view is a run of one node over its own arrays.
/// Empty weights mean every tie weighs 1. Out-probabilities, when the run stores them, are
/// independent cascade's p(u, v) index for index with the targets (<see cref="TieProbabilities.OutTable"/>).
/// </summary>
public sealed class NodeTies
{
    private readonly ReadOnlyMemory<int> _outOffsets;
    private readonly ReadOnlyMemory<int> _outTargets;
    private readonly ReadOnlyMemory<double> _outWeights;
    private readonly ReadOnlyMemory<int> _inOffsets;
    private readonly ReadOnlyMemory<int> _inSources;
    private readonly ReadOnlyMemory<double> _inWeights;
    private readonly ReadOnlyMemory<double> _outProbabilities;
    private readonly int _inBase;

    /// <summary>
    /// A view of <paramref name="nodeCount"/> nodes: the out-ties of node index i are
    /// <c>outTargets[outOffsets[i] .. outOffsets[i + 1]]</c> (offsets hold nodeCount + 1 entries,
    /// positions in the whole target array), and likewise for the in-ties. Weights are index for
    /// index with the targets (sources), or empty for unit weights; out-probabilities likewise with
    /// the targets, or empty when the run stores none.
    /// </summary>
    public NodeTies(
        int nodeCount,
        ReadOnlyMemory<int> outOffsets,
        ReadOnlyMemory<int> outTargets,
        ReadOnlyMemory<double> outWeights,
        ReadOnlyMemory<int> inOffsets,
        ReadOnlyMemory<int> inSources,
        ReadOnlyMemory<double> inWeights,
        ReadOnlyMemory<double> outProbabilities = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentOutOfRangeException.ThrowIfNotEqual(outOffsets.Length, nodeCount + 1, nameof(outOffsets));
        ArgumentOutOfRangeException.ThrowIfNotEqual(inOffsets.Length, nodeCount + 1, nameof(inOffsets));
        NodeCount = nodeCount;
        _outOffsets = outOffsets;
        _outTargets = outTargets;
        _outWeights = outWeights;
        _inOffsets = inOffsets;
        _inSources = inSources;
        _inWeights = inWeights;
        _outProbabilities = outProbabilities;
        _inBase = inOffsets.Span[0];
        InTieCount = inOffsets.Span[nodeCount] - _inBase;
    }

    /// <summary>The ties of one node from its own arrays; null weights mean every tie weighs 1, null out-probabilities that the run stores none.</summary>
    public NodeTies(int[] outTargets, double[]? outWeights, int[] inSources, double[]? inWeights, double[]? outProbabilities = null)
        : this(1, new[] { 0, outTargets.Length }, outTargets, outWeights, new[] { 0, inSources.Length }, inSources, inWeights, outProbabilities)
    {
    }

    /// <summary>How many nodes the view holds.</summary>
    public int NodeCount { get; }

    /// <summary>How many in-ties the view's nodes have in all.</summary>
    public int InTieCount { get; }

    /// <summary>Whether every in-tie weighs 1.</summary>
    public bool InTiesUnweighted => _inWeights.IsEmpty;

    /// <summary>A view of node <paramref name="index"/> alone (its index 0) over the same arrays: nothing is copied.</summary>
    public NodeTies Node(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)NodeCount, nameof(index));
        return new NodeTies(1, _outOffsets.Slice(index, 2), _outTargets, _outWeights, _inOffsets.Slice(index, 2), _inSources, _inWeights, _outProbabilities);
    }

    /// <summary>The out-ties of node <paramref name="index"/>, targets ascending.</summary>
    public ReadOnlySpan<int> OutTargets(int index)
    {
        var offsets = _outOffsets.Span;
        return _outTargets.Span[offsets[index]..offsets[index + 1]];
    }

    /// <summary>The in-ties of node <paramref name="index"/>, sources ascending.</summary>
    public ReadOnlySpan<int> InSources(int index)
    {
        var offsets = _inOffsets.Span;
        return _inSources.Span[offsets[index]..offsets[index + 1]];
    }

    public int OutDegree(int index)
    {
        var offsets = _outOffsets.Span;
        return offsets[index + 1] - offsets[index];
    }

    public int InDegree(int index)
    {
        var offsets = _inOffsets.Span;
        return offsets[index + 1] - offsets[index];
    }

    /// <summary>The weight of in-tie number <paramref name="tie"/> of node <paramref name="index"/> (in <see cref="InSources"/> order).</summary>
    public double InWeight(int index, int tie) => _inWeights.IsEmpty ? 1.0 : _inWeights.Span[_inOffsets.Span[index] + tie];

    /// <summary>The weight of out-tie number <paramref name="tie"/> of node <paramref name="index"/> (in <see cref="OutTargets"/> order).</summary>
    public double OutWeight(int index, int tie) => _outWeights.IsEmpty ? 1.0 : _outWeights.Span[_outOffsets.Span[index] + tie];

    /// <summary>Whether the run stores each out-tie's probability (see <see cref="OutProbability"/>).</summary>
    public bool HasOutProbabilities => !_outProbabilities.IsEmpty;

    /// <summary>The stored probability p(u, v) of out-tie number <paramref name="tie"/> of node <paramref name="index"/> (in <see cref="OutTargets"/> order).</summary>
    public double OutProbability(int index, int tie) => _outProbabilities.Span[_outOffsets.Span[index] + tie];

    /// <summary>Where the in-ties of node <paramref name="index"/> start among the view's <see cref="InTieCount"/> in-ties.</summary>
    public int InTieStart(int index) => _inOffsets.Span[index] - _inBase;
}
