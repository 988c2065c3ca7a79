namespace InfluenceSim.Networks;

/// <summary>
/// An immutable network in compressed sparse row form: for every node its out-ties (whom it
/// prescribes to) and its in-ties (whose choices it sees), each sorted by the other end's id,
/// with weights. Nodes are numbered 0 .. NodeCount-1; an undirected tie is two directed ties.
/// </summary>
public sealed class Network
{
    private readonly int[] _outOffsets;
    private readonly int[] _outTargets;
    private readonly double[] _outWeights;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly double[] _inWeights;

    internal Network(int nodeCount, bool directed, int[] outOffsets, int[] outTargets, double[] outWeights, IReadOnlyList<string>? labels, IReadOnlyList<int>? communities)
    {
        Communities = communities;
        NodeCount = nodeCount;
        Directed = directed;
        _outOffsets = outOffsets;
        _outTargets = outTargets;
        _outWeights = outWeights;
        Labels = labels;
        (_inOffsets, _inSources, _inWeights) = Transpose(nodeCount, outOffsets, outTargets, outWeights);
    }

    private Network(Network ties, IReadOnlyDictionary<string, IReadOnlyList<string?>> attributes)
    {
        NodeCount = ties.NodeCount;
        Directed = ties.Directed;
        Labels = ties.Labels;
        Communities = ties.Communities;
        (_outOffsets, _outTargets, _outWeights) = (ties._outOffsets, ties._outTargets, ties._outWeights);
        (_inOffsets, _inSources, _inWeights) = (ties._inOffsets, ties._inSources, ties._inWeights);
        NodeAttributes = attributes;
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Number of directed ties (an undirected tie counts twice).</summary>
    public int TieCount => _outTargets.Length;

    /// <summary>Whether the network was built as directed (false: every tie has its reverse).</summary>
    public bool Directed { get; }

    /// <summary>Node labels from a network file (index = node id), or null for generated networks.</summary>
    public IReadOnlyList<string>? Labels { get; }

    /// <summary>
    /// The <c>community</c> node attribute (index = node id; communities numbered from 0), set by
    /// community generators or read from a network file; null when the network has none.
    /// </summary>
    public IReadOnlyList<int>? Communities { get; }

    /// <summary>
    /// Other node attributes read from a network file, by name: each value's text (index = node
    /// id), null where the file gives the node none. Empty for generated networks.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string?>> NodeAttributes { get; } = new Dictionary<string, IReadOnlyList<string?>>();

    /// <summary>Whether every tie weighs 1.</summary>
    public bool Unweighted => Array.TrueForAll(_outWeights, w => w == 1.0);

    public int OutDegree(int node) => _outOffsets[node + 1] - _outOffsets[node];

    public int InDegree(int node) => _inOffsets[node + 1] - _inOffsets[node];

    /// <summary>The node's out-neighbours in ascending id order.</summary>
    public ReadOnlySpan<int> OutNeighbours(int node) => _outTargets.AsSpan(_outOffsets[node], OutDegree(node));

    /// <summary>Weights of <see cref="OutNeighbours"/>, index for index.</summary>
    public ReadOnlySpan<double> OutWeights(int node) => _outWeights.AsSpan(_outOffsets[node], OutDegree(node));

    /// <summary>The node's in-neighbours in ascending id order.</summary>
    public ReadOnlySpan<int> InNeighbours(int node) => _inSources.AsSpan(_inOffsets[node], InDegree(node));

    /// <summary>Weights of <see cref="InNeighbours"/>, index for index.</summary>
    public ReadOnlySpan<double> InWeights(int node) => _inWeights.AsSpan(_inOffsets[node], InDegree(node));

    /// <summary>The out-ties of every node as the shared, read-only CSR arrays: node u's targets and weights are at <c>Offsets[u] .. Offsets[u + 1]</c> (NodeCount + 1 offsets).</summary>
    public (ReadOnlyMemory<int> Offsets, ReadOnlyMemory<int> Targets, ReadOnlyMemory<double> Weights) OutRows => (_outOffsets, _outTargets, _outWeights);

    /// <summary>The in-ties of every node as the shared, read-only CSR arrays: node v's sources and weights are at <c>Offsets[v] .. Offsets[v + 1]</c>.</summary>
    public (ReadOnlyMemory<int> Offsets, ReadOnlyMemory<int> Sources, ReadOnlyMemory<double> Weights) InRows => (_inOffsets, _inSources, _inWeights);

    /// <summary>The label of a node: its file label, or its id as text.</summary>
    public string LabelOf(int node) => Labels?[node] ?? node.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The same ties, labels and communities with <paramref name="attributes"/> added (an attribute of the same name is replaced).</summary>
    internal Network WithNodeAttributes(IReadOnlyDictionary<string, IReadOnlyList<string?>> attributes)
    {
        if (attributes.Count == 0)
        {
            return this;
        }

        var merged = new Dictionary<string, IReadOnlyList<string?>>(NodeAttributes, StringComparer.Ordinal);
        foreach (var (name, values) in attributes)
        {
            merged[name] = values;
        }

        return new Network(this, merged);
    }

    /// <summary>Every directed tie as (source, target, weight), sources ascending, then targets.</summary>
    public IEnumerable<(int Source, int Target, double Weight)> Ties()
    {
        for (int u = 0; u < NodeCount; u++)
        {
            for (int i = _outOffsets[u]; i < _outOffsets[u + 1]; i++)
            {
                yield return (u, _outTargets[i], _outWeights[i]);
            }
        }
    }

    private static (int[] Offsets, int[] Sources, double[] Weights) Transpose(int n, int[] outOffsets, int[] outTargets, double[] outWeights)
    {
        var offsets = CsrOffsets.Of(n, outTargets);
        var cursor = (int[])offsets.Clone();
        var sources = new int[outTargets.Length];
        var weights = new double[outTargets.Length];
        for (int u = 0; u < n; u++)
        {
            for (int i = outOffsets[u]; i < outOffsets[u + 1]; i++)
            {
                int slot = cursor[outTargets[i]]++;
                sources[slot] = u;
                weights[slot] = outWeights[i];
            }
        }

        return (offsets, sources, weights);
    }
}
