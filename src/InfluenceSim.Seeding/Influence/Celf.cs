namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// CELF lazy greedy (Leskovec, Krause, Guestrin, Faloutsos, VanBriesen and Glance 2007,
/// "Cost-effective outbreak detection in networks", KDD): each round adds the candidate of largest
/// marginal gain, re-evaluating only candidates whose stale gain could still be the largest. Every
/// gain is scored on the same simulations; ties go to the lower node id.
/// </summary>
public static class Celf
{
    /// <summary>
    /// Picks <paramref name="k"/> seeds from <paramref name="candidates"/> (null: every node), in the
    /// order chosen.
    /// </summary>
    public static int[] Select(SpreadEstimator estimator, int k, IReadOnlyList<int>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        var pool = candidates ?? Enumerable.Range(0, estimator.Network.NodeCount).ToArray();
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, pool.Count);
        var spread = estimator.StartSeedSet();
        var queue = new PriorityQueue<int, (long Gain, int Node)>(pool.Count, LargestFirst<long>.Instance);
        var evaluatedInRound = new Dictionary<int, int>(pool.Count);
        foreach (int node in pool)
        {
            if (evaluatedInRound.TryAdd(node, 0))
            {
                queue.Enqueue(node, (spread.Gain(node), node));
            }
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, evaluatedInRound.Count);
        while (spread.Seeds.Count < k)
        {
            int round = spread.Seeds.Count;
            queue.TryDequeue(out int node, out _);
            if (evaluatedInRound[node] == round)
            {
                spread.Add(node);
            }
            else
            {
                evaluatedInRound[node] = round;
                queue.Enqueue(node, (spread.Gain(node), node));
            }
        }

        return [.. spread.Seeds];
    }
}
