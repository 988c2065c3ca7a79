using InfluenceSim.Networks;

namespace InfluenceSim.Seeding.Influence;

/// <summary>The nodes the greedy strategy may pick: every node, or the highest out-degree ones.</summary>
public static class CandidatePool
{
    /// <summary>
    /// Null (every node) when <paramref name="limit"/> is null or covers the network; otherwise the
    /// max(<paramref name="limit"/>, <paramref name="k"/>) nodes of highest out-degree, ties by
    /// lower id (the <c>top-degree</c> order), ascending.
    /// </summary>
    public static int[]? For(Network network, int k, int? limit)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (limit is not { } size)
        {
            return null;
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1, nameof(limit));
        int count = Math.Max(size, k);
        return count >= network.NodeCount ? null : SeedSelection.TopDegree(network, count);
    }
}
