using QuikGraph.Algorithms.ConnectedComponents;

namespace InfluenceSim.Networks;

/// <summary>
/// Size and shape of a network (docs/networks.md, "Statistics"): nodes, directed ties (an
/// undirected tie counts twice, as the <c>edges</c> of docs/networks.md), the out-degree distribution (the degree,
/// for undirected networks), and on the undirected simple view (u ~ v when a tie joins them in
/// either direction) triangles, clustering, connected components and degree assortativity.
/// </summary>
public sealed record NetworkStatistics(int Nodes, int Ties, bool Directed, int MinDegree, double MeanDegree, int MaxDegree, int ConnectedComponents)
{
    /// <summary>First quartile of the degrees (linear interpolation between order statistics).</summary>
    public double DegreeLowerQuartile { get; init; }

    /// <summary>Median of the degrees.</summary>
    public double DegreeMedian { get; init; }

    /// <summary>Third quartile of the degrees.</summary>
    public double DegreeUpperQuartile { get; init; }

    /// <summary>Population standard deviation of the degrees (divided by the node count).</summary>
    public double DegreeStandardDeviation { get; init; }

    /// <summary>Nodes in the largest connected component (0 for an empty network).</summary>
    public int LargestComponent { get; init; }

    /// <summary>Triangles of the undirected view.</summary>
    public long Triangles { get; init; }

    /// <summary>Global clustering coefficient: 3 x triangles / connected triples (0 without triples).</summary>
    public double Transitivity { get; init; }

    /// <summary>Mean over all nodes of the local clustering coefficient (0 for nodes of degree below 2).</summary>
    public double AverageClustering { get; init; }

    /// <summary>Degree assortativity (Newman 2002) of the undirected view, or null when undefined (no ties, or every tie joins nodes of one degree).</summary>
    public double? Assortativity { get; init; }

    /// <summary>Distinct values of the <c>community</c> attribute, or null when the network has none.</summary>
    public int? Communities { get; init; }

    /// <summary>Computes the statistics in O(nodes + ties) time, triangles in O(ties^1.5).</summary>
    /// <remarks>
    /// Components come from QuikGraph's union-find based IncrementalConnectedComponentsAlgorithm on
    /// the undirected view (its depth-first algorithms recurse once per vertex of a path and would
    /// overflow the stack on long chains). Triangles: the "forward" algorithm with degree ordering
    /// (Schank and Wagner, WEA 2005; Latapy, Theor. Comput. Sci. 407, 2008).
    /// </remarks>
    public static NetworkStatistics Compute(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        int n = network.NodeCount;
        int[] sorted = SortedOutDegrees(network);
        double mean = n == 0 ? 0 : (double)network.TieCount / n;
        var (offsets, adjacency) = UndirectedView(network);
        var (triangles, perNode) = CountTriangles(offsets, adjacency);
        var (components, largest) = Components(network);
        var (transitivity, clustering) = Clustering(offsets, perNode);
        return new NetworkStatistics(n, network.TieCount, network.Directed, n == 0 ? 0 : sorted[0], mean, n == 0 ? 0 : sorted[^1], components)
        {
            DegreeLowerQuartile = Quantile(sorted, 0.25),
            DegreeMedian = Quantile(sorted, 0.5),
            DegreeUpperQuartile = Quantile(sorted, 0.75),
            DegreeStandardDeviation = n == 0 ? 0 : Math.Sqrt(sorted.Sum(d => (d - mean) * (d - mean)) / n),
            LargestComponent = largest,
            Triangles = triangles,
            Transitivity = transitivity,
            AverageClustering = clustering,
            Assortativity = DegreeCorrelation(offsets, adjacency),
            Communities = network.Communities?.Distinct().Count(),
        };
    }

    /// <summary>The out-degrees in ascending order, by counting sort.</summary>
    private static int[] SortedOutDegrees(Network network)
    {
        int n = network.NodeCount;
        var counts = new int[n + 1];
        for (int node = 0; node < n; node++)
        {
            counts[network.OutDegree(node)]++;
        }

        var sorted = new int[n];
        for (int degree = 0, at = 0; degree <= n; at += counts[degree], degree++)
        {
            Array.Fill(sorted, degree, at, counts[degree]);
        }

        return sorted;
    }

    /// <summary>Linear interpolation at position (n - 1) p of the sorted values (Hyndman and Fan's type 7, NumPy's default).</summary>
    private static double Quantile(int[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        double position = (sorted.Length - 1) * p;
        int low = (int)Math.Floor(position);
        int high = Math.Min(low + 1, sorted.Length - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    /// <summary>The undirected simple view in CSR form: each node's out- and in-neighbours merged, ascending, without repeats.</summary>
    private static (int[] Offsets, int[] Adjacency) UndirectedView(Network network)
    {
        int n = network.NodeCount;
        var offsets = new int[n + 1];
        var adjacency = new List<int>(network.TieCount);
        for (int u = 0; u < n; u++)
        {
            var outs = network.OutNeighbours(u);
            var ins = network.InNeighbours(u);
            int i = 0;
            int j = 0;
            while (i < outs.Length || j < ins.Length)
            {
                int next = j == ins.Length || (i < outs.Length && outs[i] <= ins[j]) ? outs[i] : ins[j];
                adjacency.Add(next);
                i += i < outs.Length && outs[i] == next ? 1 : 0;
                j += j < ins.Length && ins[j] == next ? 1 : 0;
            }

            offsets[u + 1] = adjacency.Count;
        }

        return (offsets, [.. adjacency]);
    }

    /// <summary>
    /// Triangles, and per node the triangles it is in. Orient each tie from the lower-ranked end
    /// (rank: degree, then id) to the higher; then every triangle a &lt; b &lt; c (by rank) is found
    /// once, from a, as a forward neighbour c of a that is also a forward neighbour of b.
    /// </summary>
    private static (long Triangles, long[] PerNode) CountTriangles(int[] offsets, int[] adjacency)
    {
        int n = offsets.Length - 1;
        bool Before(int u, int v) => (offsets[u + 1] - offsets[u], u).CompareTo((offsets[v + 1] - offsets[v], v)) < 0;
        var forwardOffsets = new int[n + 1];
        var forward = new int[adjacency.Length / 2];
        for (int u = 0; u < n; u++)
        {
            int at = forwardOffsets[u];
            for (int i = offsets[u]; i < offsets[u + 1]; i++)
            {
                if (Before(u, adjacency[i]))
                {
                    forward[at++] = adjacency[i];
                }
            }

            forwardOffsets[u + 1] = at;
        }

        var perNode = new long[n];
        var mark = new int[n];
        Array.Fill(mark, -1);
        long triangles = 0;
        for (int u = 0; u < n; u++)
        {
            for (int i = forwardOffsets[u]; i < forwardOffsets[u + 1]; i++)
            {
                mark[forward[i]] = u;
            }

            for (int i = forwardOffsets[u]; i < forwardOffsets[u + 1]; i++)
            {
                int v = forward[i];
                for (int k = forwardOffsets[v]; k < forwardOffsets[v + 1]; k++)
                {
                    int w = forward[k];
                    if (mark[w] == u)
                    {
                        triangles++;
                        perNode[u]++;
                        perNode[v]++;
                        perNode[w]++;
                    }
                }
            }
        }

        return (triangles, perNode);
    }

    /// <summary>Transitivity (sum of t_u over sum of d_u(d_u-1)/2) and the mean local clustering t_u / (d_u(d_u-1)/2).</summary>
    private static (double Transitivity, double Average) Clustering(int[] offsets, long[] perNode)
    {
        int n = perNode.Length;
        double closed = 0;
        double triples = 0;
        double local = 0;
        for (int u = 0; u < n; u++)
        {
            double degree = offsets[u + 1] - offsets[u];
            double pairs = degree * (degree - 1) / 2;
            closed += perNode[u];
            triples += pairs;
            local += pairs > 0 ? perNode[u] / pairs : 0;
        }

        return (triples > 0 ? closed / triples : 0, n > 0 ? local / n : 0);
    }

    /// <summary>
    /// Newman, "Assortative mixing in networks", Phys. Rev. Lett. 89, 208701 (2002): the Pearson
    /// correlation of the degrees at the two ends of a tie, over every tie taken both ways.
    /// </summary>
    private static double? DegreeCorrelation(int[] offsets, int[] adjacency)
    {
        if (adjacency.Length == 0)
        {
            return null;
        }

        int Degree(int node) => offsets[node + 1] - offsets[node];
        int n = offsets.Length - 1;
        double sum = 0;
        for (int u = 0; u < n; u++)
        {
            sum += (double)Degree(u) * Degree(u);
        }

        double mean = sum / adjacency.Length;
        double covariance = 0;
        double variance = 0;
        for (int u = 0; u < n; u++)
        {
            double x = Degree(u) - mean;
            variance += Degree(u) * x * x;
            for (int i = offsets[u]; i < offsets[u + 1]; i++)
            {
                covariance += x * (Degree(adjacency[i]) - mean);
            }
        }

        return variance > 0 ? covariance / variance : null;
    }

    private static (int Count, int Largest) Components(Network network)
    {
        using var algorithm = new IncrementalConnectedComponentsAlgorithm<int, QuikGraph.TaggedEdge<int, double>>(QuikGraphAdapter.ToUndirectedGraph(network));
        algorithm.Compute();
        var (count, membership) = algorithm.GetComponents();
        var sizes = new int[count];
        foreach (int component in membership.Values)
        {
            sizes[component]++;
        }

        return (count, count == 0 ? 0 : sizes.Max());
    }
}
