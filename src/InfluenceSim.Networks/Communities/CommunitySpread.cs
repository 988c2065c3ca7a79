namespace InfluenceSim.Networks.Communities;

/// <summary>
/// The <c>community-spread</c> seeding strategy: the highest-degree node of each community, taken
/// round robin, so seeds spread across communities before any community gets a second one.
/// </summary>
/// <remarks>
/// Communities are ordered by size (descending, ties by lower community id); inside a community
/// nodes are ordered by out-degree (the degree, for undirected networks; descending, ties by lower
/// id). Round r takes the r-th node of every community that has one, in community order, until k
/// seeds are taken or every node is. O(n log n).
/// </remarks>
public static class CommunitySpread
{
    /// <summary>Seeds over <see cref="Network.Communities"/> when the network has them, else over <see cref="LabelPropagation"/>'s communities.</summary>
    public static int[] Seeds(Network network, int k)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Seeds(network, k, network.Communities ?? LabelPropagation.Communities(network));
    }

    /// <summary>Seeds over the given communities (index = node id, community ids &gt;= 0).</summary>
    public static int[] Seeds(Network network, int k, IReadOnlyList<int> communities)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(communities);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        int n = network.NodeCount;
        if (communities.Count != n || communities.Any(c => c < 0))
        {
            throw new ArgumentException($"communities must give a community >= 0 for each of the {n} nodes", nameof(communities));
        }

        var nodes = Enumerable.Range(0, n).ToArray();
        Array.Sort(nodes, (a, b) =>
        {
            int byCommunity = communities[a].CompareTo(communities[b]);
            if (byCommunity != 0)
            {
                return byCommunity;
            }

            int byDegree = network.OutDegree(b).CompareTo(network.OutDegree(a));
            return byDegree != 0 ? byDegree : a.CompareTo(b);
        });

        var groups = Groups(nodes, communities);
        var seeds = new List<int>(Math.Min(k, n));
        for (int round = 0; seeds.Count < k && groups.Count > 0 && groups[0].Size > round; round++)
        {
            for (int g = 0; g < groups.Count && groups[g].Size > round && seeds.Count < k; g++)
            {
                seeds.Add(nodes[groups[g].Start + round]);
            }
        }

        return [.. seeds];
    }

    /// <summary>The runs of one community in <paramref name="nodes"/>, by size descending, then community id.</summary>
    private static List<(int Start, int Size, int Community)> Groups(int[] nodes, IReadOnlyList<int> communities)
    {
        var groups = new List<(int Start, int Size, int Community)>();
        int start = 0;
        for (int i = 1; i <= nodes.Length; i++)
        {
            if (i == nodes.Length || communities[nodes[i]] != communities[nodes[start]])
            {
                groups.Add((start, i - start, communities[nodes[start]]));
                start = i;
            }
        }

        groups.Sort((a, b) => a.Size != b.Size ? b.Size.CompareTo(a.Size) : a.Community.CompareTo(b.Community));
        return groups;
    }
}
