namespace InfluenceSim.Networks.Centrality;

/// <summary>Top-k node rankings for the centrality seeding strategies; every tie goes to the lower node id.</summary>
/// <remarks>Each method returns min(k, nodes) node ids in rank order, best first, in O(n log k) after the scores.</remarks>
public static class CentralityRanking
{
    /// <summary>Nodes by descending score, ties by lower id (index of <paramref name="scores"/> = node id).</summary>
    public static int[] TopByScore(double[] scores, int k)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return TopK.Select(scores.Length, k, (a, b) =>
        {
            int byScore = scores[b].CompareTo(scores[a]);
            return byScore != 0 ? byScore : a.CompareTo(b);
        });
    }

    /// <summary>Nodes by descending out-degree (the degree, for undirected networks), ties by lower id: the <c>top-degree</c> of docs/seeding.md.</summary>
    public static int[] TopByDegree(Network network, int k)
    {
        ArgumentNullException.ThrowIfNull(network);
        return TopK.Select(network.NodeCount, k, (a, b) =>
        {
            int byDegree = network.OutDegree(b).CompareTo(network.OutDegree(a));
            return byDegree != 0 ? byDegree : a.CompareTo(b);
        });
    }

    /// <summary>Nodes by descending <see cref="PageRank"/>, ties by lower id.</summary>
    public static int[] PageRankTop(Network network, int k, double damping = PageRank.DefaultDamping) =>
        TopByScore(PageRank.Compute(network, damping), k);

    /// <summary>
    /// Nodes by descending coreness, then descending degree in the undirected view (for directed
    /// networks: the number of distinct in- or out-neighbours), then lower id.
    /// </summary>
    public static int[] CoreTop(Network network, int k)
    {
        var adjacency = UndirectedAdjacency.Of(network);
        int[] coreness = CoreDecomposition.Coreness(adjacency);
        return TopK.Select(adjacency.NodeCount, k, (a, b) =>
        {
            int byCore = coreness[b].CompareTo(coreness[a]);
            if (byCore != 0)
            {
                return byCore;
            }

            int byDegree = adjacency.Degree(b).CompareTo(adjacency.Degree(a));
            return byDegree != 0 ? byDegree : a.CompareTo(b);
        });
    }

    /// <summary>Nodes by descending betweenness (<see cref="Betweenness.Compute"/>: exact or sampled), ties by lower id.</summary>
    public static int[] BetweennessTop(Network network, int k, int samples, long seed) =>
        TopByScore(Betweenness.Compute(network, samples, seed), k);
}
