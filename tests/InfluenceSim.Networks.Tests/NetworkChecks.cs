namespace InfluenceSim.Networks.Tests;

/// <summary>Structural assertions shared by the tests.</summary>
internal static class NetworkChecks
{
    /// <summary>No self-loops, no duplicate ties, neighbours sorted, and (undirected) every tie has its reverse.</summary>
    public static void AssertSimple(Network network)
    {
        for (int u = 0; u < network.NodeCount; u++)
        {
            var neighbours = network.OutNeighbours(u);
            for (int i = 0; i < neighbours.Length; i++)
            {
                Assert.NotEqual(u, neighbours[i]);
                Assert.True(i == 0 || neighbours[i - 1] < neighbours[i], $"node {u}: neighbours not strictly ascending");
                if (!network.Directed)
                {
                    Assert.True(network.OutNeighbours(neighbours[i]).BinarySearch(u) >= 0, $"tie {u}-{neighbours[i]} has no reverse");
                }
            }
        }
    }

    /// <summary>The ties as a list, for equality comparisons.</summary>
    public static List<(int Source, int Target, double Weight)> TieList(Network network) => [.. network.Ties()];

    public static int[] Neighbours(Network network, int node) => network.OutNeighbours(node).ToArray();
}
