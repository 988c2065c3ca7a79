namespace InfluenceSim.Networks.Tests.Centrality;

/// <summary>Small hand-made networks for the centrality and community tests.</summary>
internal static class TestNetworks
{
    /// <summary>A network of <paramref name="nodes"/> nodes with the given ties (each once; undirected ties get their reverse).</summary>
    public static Network From(int nodes, bool directed, params (int Source, int Target)[] ties)
    {
        var builder = new NetworkBuilder(nodes, directed);
        foreach (var (source, target) in ties)
        {
            builder.AddTie(source, target);
        }

        return builder.Build();
    }

    /// <summary>Triangles 0-1-2 and 3-4-5 joined by the bridge 2-3.</summary>
    public static Network TwoTrianglesWithBridge() =>
        From(6, directed: false, (0, 1), (0, 2), (1, 2), (2, 3), (3, 4), (3, 5), (4, 5));

    /// <summary>The clique 0..3, a tail 3-4-5 and an isolated node 6.</summary>
    public static Network CliqueWithTail() =>
        From(7, directed: false, (0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3), (3, 4), (4, 5));

    /// <summary>Two cliques of <paramref name="size"/> nodes (0..size-1 and size..2size-1) joined by one bridge.</summary>
    public static Network Barbell(int size, int bridgeFrom, int bridgeTo)
    {
        var builder = new NetworkBuilder(2 * size, directed: false);
        for (int offset = 0; offset <= size; offset += size)
        {
            for (int u = offset; u < offset + size; u++)
            {
                for (int v = u + 1; v < offset + size; v++)
                {
                    builder.AddTie(u, v);
                }
            }
        }

        builder.AddTie(bridgeFrom, bridgeTo);
        return builder.Build();
    }

    /// <summary>A random directed network: each ordered pair tied with probability <paramref name="p"/>.</summary>
    public static Network RandomDirected(int nodes, double p, int seed)
    {
        var random = new Random(seed);
        var builder = new NetworkBuilder(nodes, directed: true);
        for (int u = 0; u < nodes; u++)
        {
            for (int v = 0; v < nodes; v++)
            {
                if (u != v && random.NextDouble() < p)
                {
                    builder.AddTie(u, v);
                }
            }
        }

        return builder.Build();
    }
}
