namespace InfluenceSim.Networks.Centrality;

/// <summary>
/// The undirected view of a network: for each node the union of its out- and in-neighbours,
/// ascending, each once. An undirected network is its own view; a directed one is merged once.
/// </summary>
internal sealed class UndirectedAdjacency
{
    private readonly Network? _undirected;
    private readonly int[] _offsets = [];
    private readonly int[] _neighbours = [];

    private UndirectedAdjacency(Network undirected)
    {
        _undirected = undirected;
        NodeCount = undirected.NodeCount;
    }

    private UndirectedAdjacency(int[] offsets, int[] neighbours)
    {
        _offsets = offsets;
        _neighbours = neighbours;
        NodeCount = offsets.Length - 1;
    }

    public int NodeCount { get; }

    /// <summary>The view of <paramref name="network"/>, in O(nodes + ties).</summary>
    public static UndirectedAdjacency Of(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!network.Directed)
        {
            return new UndirectedAdjacency(network);
        }

        int n = network.NodeCount;
        var offsets = new int[n + 1];
        for (int node = 0; node < n; node++)
        {
            offsets[node + 1] = offsets[node] + Union(network.OutNeighbours(node), network.InNeighbours(node), []);
        }

        var neighbours = new int[offsets[n]];
        for (int node = 0; node < n; node++)
        {
            Union(network.OutNeighbours(node), network.InNeighbours(node), neighbours.AsSpan(offsets[node], offsets[node + 1] - offsets[node]));
        }

        return new UndirectedAdjacency(offsets, neighbours);
    }

    /// <summary>The node's neighbours in the undirected view, ascending.</summary>
    public ReadOnlySpan<int> Neighbours(int node) =>
        _undirected is { } network ? network.OutNeighbours(node) : _neighbours.AsSpan(_offsets[node], _offsets[node + 1] - _offsets[node]);

    /// <summary>The node's degree in the undirected view.</summary>
    public int Degree(int node) => _undirected is { } network ? network.OutDegree(node) : _offsets[node + 1] - _offsets[node];

    /// <summary>
    /// Merges two ascending lists without repeats; counts the union and, when
    /// <paramref name="destination"/> is not empty, writes it there.
    /// </summary>
    private static int Union(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> destination)
    {
        bool write = !destination.IsEmpty;
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < first.Length || j < second.Length)
        {
            int next;
            if (j == second.Length || (i < first.Length && first[i] < second[j]))
            {
                next = first[i++];
            }
            else if (i == first.Length || second[j] < first[i])
            {
                next = second[j++];
            }
            else
            {
                next = first[i++];
                j++;
            }

            if (write)
            {
                destination[count] = next;
            }

            count++;
        }

        return count;
    }
}
