using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>Small networks built tie by tie, for cases worked out by hand.</summary>
public static class HandNetworks
{
    /// <summary>Undirected path 0 - 1 - ... - (n-1).</summary>
    public static Network Path(int nodes)
    {
        var builder = new NetworkBuilder(nodes, directed: false);
        for (int i = 0; i + 1 < nodes; i++)
        {
            builder.AddTie(i, i + 1);
        }

        return builder.Build();
    }

    /// <summary>Undirected star: centre 0, leaves 1 .. leaves.</summary>
    public static Network Star(int leaves)
    {
        var builder = new NetworkBuilder(leaves + 1, directed: false);
        for (int leaf = 1; leaf <= leaves; leaf++)
        {
            builder.AddTie(0, leaf);
        }

        return builder.Build();
    }

    /// <summary>Directed chain 0 -> 1 -> ... -> (n-1): every node but 0 has exactly one in-tie.</summary>
    public static Network DirectedChain(int nodes)
    {
        var builder = new NetworkBuilder(nodes, directed: true);
        for (int i = 0; i + 1 < nodes; i++)
        {
            builder.AddTie(i, i + 1);
        }

        return builder.Build();
    }

    /// <summary>Directed diamond 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3.</summary>
    public static Network Diamond() => Directed(4, (0, 1, 1), (0, 2, 1), (1, 3, 1), (2, 3, 1));

    /// <summary>
    /// Directed, weighted: 0 -> 2 (1), 1 -> 2 (3), 0 -> 3 (1), 1 -> 3 (1), 2 -> 4 (1), 3 -> 4 (3).
    /// Nodes 0 and 1 have no in-ties; out-degrees are 2, 2, 1, 1, 0.
    /// </summary>
    public static Network Weighted() => Directed(5, (0, 2, 1), (1, 2, 3), (0, 3, 1), (1, 3, 1), (2, 4, 1), (3, 4, 3));

    /// <summary>Directed, weighted: 0 -> 2 (1), 1 -> 2 (2), so 0 alone gives node 2 a share of 1/3.</summary>
    public static Network Thirds() => Directed(3, (0, 2, 1), (1, 2, 2));

    /// <summary>Directed: 3 -> 0, 3 -> 1, 0 -> 6, 5 -> 2, 5 -> 4. Nodes 3 and 5 share the highest out-degree (2).</summary>
    public static Network TiedHubs() => Directed(7, (3, 0, 1), (3, 1, 1), (0, 6, 1), (5, 2, 1), (5, 4, 1));

    /// <summary>Directed: 0 -> 1, 0 -> 2, 3 -> 4: two sources, one with two targets.</summary>
    public static Network Forks() => Directed(5, (0, 1, 1), (0, 2, 1), (3, 4, 1));

    /// <summary>Directed: 0 -> 1, 1 -> 2, 1 -> 3: a chain that branches at 1.</summary>
    public static Network Branch() => Directed(4, (0, 1, 1), (1, 2, 1), (1, 3, 1));

    /// <summary>Directed triangle 0 -> 1, 0 -> 2, 1 -> 2: node 2 hears 0 at once and 1 a step later.</summary>
    public static Network Triangle() => Directed(3, (0, 1, 1), (0, 2, 1), (1, 2, 1));

    /// <summary>Nodes without ties.</summary>
    public static Network Empty(int nodes) => new NetworkBuilder(nodes, directed: false).Build();

    private static Network Directed(int nodes, params (int Source, int Target, double Weight)[] ties)
    {
        var builder = new NetworkBuilder(nodes, directed: true);
        foreach (var (source, target, weight) in ties)
        {
            builder.AddTie(source, target, weight);
        }

        return builder.Build();
    }
}
