using static InfluenceSim.Networks.Generators.GeneratorArguments;

namespace InfluenceSim.Networks.Generators;

/// <summary>
/// The standard network generators: undirected, no self-loops or duplicate ties, nodes numbered
/// 0 .. nodes-1, O(nodes + ties), and deterministic given the seed (docs/networks.md).
/// </summary>
public static partial class NetworkGenerators
{
    /// <summary>Every pair of nodes tied: nodes * (nodes - 1) / 2 ties.</summary>
    public static Network Complete(int nodes)
    {
        RequireNodes(nodes);
        RequireTieCount((long)nodes * (nodes - 1) / 2, "complete");
        var builder = new NetworkBuilder(nodes, directed: false);
        for (int u = 0; u < nodes; u++)
        {
            for (int v = u + 1; v < nodes; v++)
            {
                builder.AddTie(u, v);
            }
        }

        return builder.Build();
    }

    /// <summary>Centre 0 tied to each leaf 1 .. nodes-1.</summary>
    public static Network Star(int nodes)
    {
        RequireNodes(nodes);
        var builder = new NetworkBuilder(nodes, directed: false);
        for (int leaf = 1; leaf < nodes; leaf++)
        {
            builder.AddTie(0, leaf);
        }

        return builder.Build();
    }

    /// <summary>Node i tied to node i+1, for i in 0 .. nodes-2.</summary>
    public static Network Path(int nodes)
    {
        RequireNodes(nodes);
        var builder = new NetworkBuilder(nodes, directed: false);
        for (int i = 0; i + 1 < nodes; i++)
        {
            builder.AddTie(i, i + 1);
        }

        return builder.Build();
    }

    /// <summary>Node i tied to i±1 .. i±k/2 (mod nodes); k even, 0 &lt;= k &lt; nodes; nodes * k / 2 ties.</summary>
    public static Network RingLattice(int nodes, int k)
    {
        RequireNodes(nodes);
        RequireLatticeK(nodes, k);
        RequireTieCount((long)nodes * (k / 2), "ring-lattice");
        var builder = new NetworkBuilder(nodes, directed: false);
        for (int j = 1; j <= k / 2; j++)
        {
            for (int u = 0; u < nodes; u++)
            {
                builder.AddTie(u, (u + j) % nodes);
            }
        }

        return builder.Build();
    }
}
