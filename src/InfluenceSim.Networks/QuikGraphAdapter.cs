using QuikGraph;

namespace InfluenceSim.Networks;

/// <summary>
/// Copies a <see cref="Network"/> into QuikGraph graphs (vertices 0 .. NodeCount-1, edges tagged
/// with the tie weight) so QuikGraph's algorithms can run on it. Keep the QuikGraph graphs local:
/// they are not meant to cross a grain call.
/// </summary>
public static class QuikGraphAdapter
{
    /// <summary>Every directed tie as an edge (an undirected tie gives two edges, one each way).</summary>
    public static BidirectionalGraph<int, TaggedEdge<int, double>> ToBidirectionalGraph(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = new BidirectionalGraph<int, TaggedEdge<int, double>>(allowParallelEdges: true, capacity: network.NodeCount);
        AddVertices(graph, network.NodeCount);
        foreach (var (source, target, weight) in network.Ties())
        {
            graph.AddEdge(new TaggedEdge<int, double>(source, target, weight));
        }

        return graph;
    }

    /// <summary>
    /// An undirected view: an undirected network's ties once each (lower id as source); a directed
    /// network's ties each as one undirected edge (a reciprocated pair gives two parallel edges).
    /// </summary>
    public static UndirectedGraph<int, TaggedEdge<int, double>> ToUndirectedGraph(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var graph = new UndirectedGraph<int, TaggedEdge<int, double>>(allowParallelEdges: true);
        AddVertices(graph, network.NodeCount);
        foreach (var (source, target, weight) in network.Ties())
        {
            if (network.Directed || source < target)
            {
                graph.AddEdge(new TaggedEdge<int, double>(source, target, weight));
            }
        }

        return graph;
    }

    private static void AddVertices(IMutableVertexSet<int> graph, int count)
    {
        for (int node = 0; node < count; node++)
        {
            graph.AddVertex(node);
        }
    }
}
