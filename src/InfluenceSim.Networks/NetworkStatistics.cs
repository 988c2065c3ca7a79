using QuikGraph.Algorithms.ConnectedComponents;

namespace InfluenceSim.Networks;

/// <summary>
/// Size and shape of a network: nodes, directed ties (an undirected tie counts twice, as SPEC's
/// <c>edges</c>), out-degree summary (the degree, for undirected networks) and the number of
/// connected components (weakly connected, for directed networks).
/// </summary>
public sealed record NetworkStatistics(int Nodes, int Ties, bool Directed, int MinDegree, double MeanDegree, int MaxDegree, int ConnectedComponents)
{
    /// <summary>
    /// Computes the statistics. Components come from QuikGraph's union-find based
    /// IncrementalConnectedComponentsAlgorithm on the undirected view (its depth-first algorithms
    /// recurse once per vertex of a path and would overflow the stack on long chains).
    /// </summary>
    public static NetworkStatistics Compute(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        int n = network.NodeCount;
        int min = n == 0 ? 0 : int.MaxValue;
        int max = 0;
        for (int node = 0; node < n; node++)
        {
            int degree = network.OutDegree(node);
            min = Math.Min(min, degree);
            max = Math.Max(max, degree);
        }

        double mean = n == 0 ? 0 : (double)network.TieCount / n;
        using var components = new IncrementalConnectedComponentsAlgorithm<int, QuikGraph.TaggedEdge<int, double>>(QuikGraphAdapter.ToUndirectedGraph(network));
        components.Compute();
        return new NetworkStatistics(n, network.TieCount, network.Directed, min, mean, max, components.ComponentCount);
    }
}
