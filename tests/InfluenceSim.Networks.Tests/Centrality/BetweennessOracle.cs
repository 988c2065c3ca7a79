namespace InfluenceSim.Networks.Tests.Centrality;

/// <summary>
/// Betweenness by the definition, from all-pairs distances and shortest-path counts:
/// b(v) = sum over s != v != t of sigma(s,v) sigma(v,t) / sigma(s,t) where d(s,v) + d(v,t) = d(s,t);
/// halved for undirected networks.
/// </summary>
internal static class BetweennessOracle
{
    public static double[] Betweenness(Network network)
    {
        int n = network.NodeCount;
        var distance = new int[n][];
        var paths = new double[n][];
        for (int s = 0; s < n; s++)
        {
            (distance[s], paths[s]) = FromSource(network, s);
        }

        var scores = new double[n];
        for (int s = 0; s < n; s++)
        {
            for (int t = 0; t < n; t++)
            {
                if (s == t || distance[s][t] < 0)
                {
                    continue;
                }

                for (int v = 0; v < n; v++)
                {
                    if (v != s && v != t && distance[s][v] >= 0 && distance[v][t] >= 0 && distance[s][v] + distance[v][t] == distance[s][t])
                    {
                        scores[v] += paths[s][v] * paths[v][t] / paths[s][t];
                    }
                }
            }
        }

        return network.Directed ? scores : scores.Select(x => x / 2).ToArray();
    }

    private static (int[] Distance, double[] Paths) FromSource(Network network, int source)
    {
        var distance = Enumerable.Repeat(-1, network.NodeCount).ToArray();
        var paths = new double[network.NodeCount];
        distance[source] = 0;
        paths[source] = 1;
        var queue = new Queue<int>([source]);
        while (queue.TryDequeue(out int v))
        {
            foreach (int w in network.OutNeighbours(v))
            {
                if (distance[w] < 0)
                {
                    distance[w] = distance[v] + 1;
                    queue.Enqueue(w);
                }

                if (distance[w] == distance[v] + 1)
                {
                    paths[w] += paths[v];
                }
            }
        }

        return (distance, paths);
    }
}
