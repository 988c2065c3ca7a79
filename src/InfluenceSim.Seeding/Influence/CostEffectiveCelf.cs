namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// Cost-effective lazy forward selection (CELF; Leskovec, Krause, Guestrin, Faloutsos, VanBriesen
/// and Glance 2007): two lazy greedy passes under a budget, one taking the largest marginal gain, the
/// other the largest gain per unit of cost, each only among nodes that still fit and stopping when
/// no node adds anything; the better of the two seed sets (on the same simulations; the
/// benefit pass on a tie) reaches at least (1 - 1/e) / 2 of the best budgeted set of the sampled
/// objective. Ties go to the lower node id.
/// </summary>
public static class CostEffectiveCelf
{
    /// <summary>The seeds (in the order chosen) that <paramref name="budget"/> buys from <paramref name="candidates"/> (null: every node).</summary>
    public static int[] Select(SpreadEstimator estimator, IReadOnlyList<double> costs, double budget, IReadOnlyList<int>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(estimator);
        ArgumentNullException.ThrowIfNull(costs);
        var pool = candidates ?? Enumerable.Range(0, estimator.Network.NodeCount).ToArray();
        var benefit = Pass(estimator, costs, budget, pool, perCost: false);
        var perCost = Pass(estimator, costs, budget, pool, perCost: true);
        return perCost.Total > benefit.Total ? [.. perCost.Seeds] : [.. benefit.Seeds];
    }

    private static IncrementalSpread Pass(SpreadEstimator estimator, IReadOnlyList<double> costs, double budget, IReadOnlyList<int> pool, bool perCost)
    {
        var spread = estimator.StartSeedSet();
        var queue = new PriorityQueue<int, (double Score, int Node)>(pool.Count, LargestFirst<double>.Instance);
        var evaluatedInRound = new Dictionary<int, int>(pool.Count);
        double Score(int node) => perCost ? spread.Gain(node) / costs[node] : spread.Gain(node);
        foreach (int node in pool)
        {
            if (costs[node] <= budget && evaluatedInRound.TryAdd(node, 0))
            {
                queue.Enqueue(node, (Score(node), node));
            }
        }

        double spent = 0;
        while (queue.TryDequeue(out int node, out var key))
        {
            int round = spread.Seeds.Count;
            if (spent + costs[node] > budget)
            {
                continue;
            }

            if (evaluatedInRound[node] != round)
            {
                evaluatedInRound[node] = round;
                queue.Enqueue(node, (Score(node), node));
            }
            else if (key.Score > 0)
            {
                spread.Add(node);
                spent += costs[node];
            }
            else
            {
                break;
            }
        }

        return spread;
    }
}
