namespace InfluenceSim.Networks.Centrality;

/// <summary>Coreness (k-core number) of every node on the undirected view of a network.</summary>
/// <remarks>
/// Batagelj and Zaversnik, "An O(m) algorithm for cores decomposition of networks"
/// (arXiv cs/0310049, 2003): nodes bucketed by degree are removed in order of current degree,
/// each removal lowering the degree of its not-yet-removed neighbours of higher degree.
/// A directed network is read as undirected: a node's neighbours are the union of its in- and
/// out-neighbours, a reciprocated pair counting once. Iterative, O(nodes + ties).
/// </remarks>
public static class CoreDecomposition
{
    /// <summary>The coreness of each node (index = node id).</summary>
    public static int[] Coreness(Network network) => Coreness(UndirectedAdjacency.Of(network));

    internal static int[] Coreness(UndirectedAdjacency adjacency)
    {
        int n = adjacency.NodeCount;
        var degree = new int[n];
        int maxDegree = 0;
        for (int node = 0; node < n; node++)
        {
            degree[node] = adjacency.Degree(node);
            maxDegree = Math.Max(maxDegree, degree[node]);
        }

        var binStart = new int[maxDegree + 1];
        foreach (int d in degree)
        {
            binStart[d]++;
        }

        int start = 0;
        for (int d = 0; d <= maxDegree; d++)
        {
            (binStart[d], start) = (start, start + binStart[d]);
        }

        var position = new int[n];
        var order = new int[n];
        for (int node = 0; node < n; node++)
        {
            position[node] = binStart[degree[node]]++;
            order[position[node]] = node;
        }

        for (int d = maxDegree; d > 0; d--)
        {
            binStart[d] = binStart[d - 1];
        }

        binStart[0] = 0;
        for (int i = 0; i < n; i++)
        {
            int v = order[i];
            foreach (int u in adjacency.Neighbours(v))
            {
                if (degree[u] > degree[v])
                {
                    MoveToLowerBin(u, degree, binStart, position, order);
                }
            }
        }

        return degree;
    }

    /// <summary>Swaps <paramref name="node"/> with the first node of its bin, then shrinks the bin by one from the front.</summary>
    private static void MoveToLowerBin(int node, int[] degree, int[] binStart, int[] position, int[] order)
    {
        int d = degree[node];
        int first = binStart[d];
        int firstNode = order[first];
        if (firstNode != node)
        {
            int at = position[node];
            order[at] = firstNode;
            position[firstNode] = at;
            order[first] = node;
            position[node] = first;
        }

        binStart[d]++;
        degree[node]--;
    }
}
