namespace InfluenceSim.Networks;

/// <summary>
/// An immutable network in compressed sparse row form: for every node its out-ties (whom it
/// prescribes to) and its in-ties (whose choices it sees), each sorted by the other end's id,
/// with weights. Nodes are numbered 0 .. NodeCount-1; an undirected tie is two directed ties.
/// </summary>
public sealed class Network
{
    private readonly TieRows _out;
    private readonly TieRows _in;

    internal Network(int nodeCount, bool directed, TieRows outTies, IReadOnlyList<string>? labels, IReadOnlyList<int>? communities)
    {
        Communities = communities;
        NodeCount = nodeCount;
        Directed = directed;
        _out = outTies;
        Labels = labels;
        _in = outTies.Transpose(nodeCount);
    }

    private Network(Network ties, IReadOnlyDictionary<string, IReadOnlyList<string?>> attributes)
    {
        NodeCount = ties.NodeCount;
        Directed = ties.Directed;
        Labels = ties.Labels;
        Communities = ties.Communities;
        (_out, _in) = (ties._out, ties._in);
        NodeAttributes = attributes;
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount { get; }

    /// <summary>Number of directed ties (an undirected tie counts twice).</summary>
    public int TieCount => _out.Ends.Length;

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
    public bool Unweighted => Array.TrueForAll(_out.Weights, w => w == 1.0);

    public int OutDegree(int node) => _out.Degree(node);

    public int InDegree(int node) => _in.Degree(node);

    /// <summary>The node's out-neighbours in ascending id order.</summary>
    public ReadOnlySpan<int> OutNeighbours(int node) => _out.EndsOf(node);

    /// <summary>Weights of <see cref="OutNeighbours"/>, index for index.</summary>
    public ReadOnlySpan<double> OutWeights(int node) => _out.WeightsOf(node);

    /// <summary>The node's in-neighbours in ascending id order.</summary>
    public ReadOnlySpan<int> InNeighbours(int node) => _in.EndsOf(node);

    /// <summary>Weights of <see cref="InNeighbours"/>, index for index.</summary>
    public ReadOnlySpan<double> InWeights(int node) => _in.WeightsOf(node);

    /// <summary>The out-ties of every node as the shared, read-only CSR arrays: node u's targets and weights are at <c>Offsets[u] .. Offsets[u + 1]</c> (NodeCount + 1 offsets).</summary>
    public (ReadOnlyMemory<int> Offsets, ReadOnlyMemory<int> Targets, ReadOnlyMemory<double> Weights) OutRows => (_out.Offsets, _out.Ends, _out.Weights);

    /// <summary>The in-ties of every node as the shared, read-only CSR arrays: node v's sources and weights are at <c>Offsets[v] .. Offsets[v + 1]</c>.</summary>
    public (ReadOnlyMemory<int> Offsets, ReadOnlyMemory<int> Sources, ReadOnlyMemory<double> Weights) InRows => (_in.Offsets, _in.Ends, _in.Weights);

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
            for (int i = _out.Offsets[u]; i < _out.Offsets[u + 1]; i++)
            {
                yield return (u, _out.Ends[i], _out.Weights[i]);
            }
        }
    }
}
