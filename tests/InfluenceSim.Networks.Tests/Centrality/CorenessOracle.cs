namespace InfluenceSim.Networks.Tests.Centrality;

/// <summary>Coreness by the definition: the largest k for which the node survives repeated removal of nodes of degree below k.</summary>
internal static class CorenessOracle
{
    public static int[] Coreness(Network network)
    {
        int n = network.NodeCount;
        var neighbours = new HashSet<int>[n];
        for (int node = 0; node < n; node++)
        {
            neighbours[node] = [.. network.OutNeighbours(node).ToArray(), .. network.InNeighbours(node).ToArray()];
        }

        var coreness = new int[n];
        for (int k = 1; k <= n; k++)
        {
            var alive = Enumerable.Repeat(true, n).ToArray();
            bool removed = true;
            while (removed)
            {
                removed = false;
                for (int node = 0; node < n; node++)
                {
                    if (alive[node] && neighbours[node].Count(u => alive[u]) < k)
                    {
                        alive[node] = false;
                        removed = true;
                    }
                }
            }

            if (!alive.Contains(true))
            {
                break;
            }

            for (int node = 0; node < n; node++)
            {
                coreness[node] = alive[node] ? k : coreness[node];
            }
        }

        return coreness;
    }
}
