namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// Reverse influence sampling (Borgs, Brautbar, Chayes and Lucier 2014; Tang, Xiao and Shi 2014,
/// TIM): greedy maximum coverage of sampled reverse-reachable sets, each round taking the
/// candidate that meets the most sets not yet met, ties by lower node id. Linear in the entries:
/// each node's count of uncovered sets is decremented once per entry of each set covered.
/// </summary>
public static class ReverseReachable
{
    /// <summary>Picks <paramref name="k"/> seeds from <paramref name="candidates"/> (null: every node), in the order chosen.</summary>
    public static int[] Select(ReverseReachableSets sets, int k, IReadOnlyList<int>? candidates = null) => Covering(sets, k, candidates).Picks;

    /// <summary>
    /// The seeds (in the order chosen) that <paramref name="budget"/> buys from <paramref name="candidates"/>
    /// (null: every node), by cost-effective greedy coverage (Leskovec et al. 2007): one pass taking the
    /// node that meets the most sets not yet met, one taking the most such sets per unit of cost, each
    /// among the nodes that still fit and until no node meets a new set; the pass that meets more sets
    /// wins (the first on a tie).
    /// </summary>
    public static int[] SelectWithin(ReverseReachableSets sets, IReadOnlyList<double> costs, double budget, IReadOnlyList<int>? candidates = null) =>
        CoveringWithin(sets, costs, budget, candidates).Picks;

    /// <summary><see cref="Select"/>'s seeds with the number of sets they meet.</summary>
    internal static (int[] Picks, long Met) Covering(ReverseReachableSets sets, int k, IReadOnlyList<int>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var eligible = Eligible(sets.NodeCount, candidates);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, eligible.Count(e => e));
        var index = SetIndex.Of(sets);
        var uncoveredMet = index.Counts();

        var covered = new bool[sets.Count];
        var picks = new int[k];
        long met = 0;
        for (int round = 0; round < k; round++)
        {
            int best = Best(eligible, uncoveredMet);
            picks[round] = best;
            eligible[best] = false;
            met += Cover(sets, index, best, covered, uncoveredMet);
        }

        return (picks, met);
    }

    /// <summary><see cref="SelectWithin"/>'s seeds with the number of sets they meet.</summary>
    internal static (int[] Picks, long Met) CoveringWithin(ReverseReachableSets sets, IReadOnlyList<double> costs, double budget, IReadOnlyList<int>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(costs);
        var index = SetIndex.Of(sets);
        var benefit = CoverWithin(sets, index, costs, budget, Eligible(sets.NodeCount, candidates), perCost: false);
        var perCost = CoverWithin(sets, index, costs, budget, Eligible(sets.NodeCount, candidates), perCost: true);
        return perCost.Met > benefit.Met ? perCost : benefit;
    }

    private static (int[] Picks, long Met) CoverWithin(ReverseReachableSets sets, SetIndex index, IReadOnlyList<double> costs, double budget, bool[] eligible, bool perCost)
    {
        var uncoveredMet = index.Counts();

        var covered = new bool[sets.Count];
        var picks = new List<int>();
        long met = 0;
        double spent = 0;
        while (true)
        {
            int best = -1;
            double bestScore = 0;
            for (int node = 0; node < eligible.Length; node++)
            {
                if (eligible[node] && spent + costs[node] <= budget && uncoveredMet[node] > 0)
                {
                    double score = perCost ? uncoveredMet[node] / costs[node] : uncoveredMet[node];
                    if (score > bestScore)
                    {
                        (best, bestScore) = (node, score);
                    }
                }
            }

            if (best < 0)
            {
                return ([.. picks], met);
            }

            picks.Add(best);
            eligible[best] = false;
            spent += costs[best];
            met += Cover(sets, index, best, covered, uncoveredMet);
        }
    }

    private static int Cover(ReverseReachableSets sets, SetIndex index, int node, bool[] covered, int[] uncoveredMet)
    {
        int newly = index.Singletons[node];
        for (int i = index.Offsets[node]; i < index.Offsets[node + 1]; i++)
        {
            int set = index.Sets[i];
            if (!covered[set])
            {
                covered[set] = true;
                newly++;
                foreach (int member in sets.Set(set))
                {
                    uncoveredMet[member]--;
                }
            }
        }

        return newly;
    }

    private static bool[] Eligible(int nodes, IReadOnlyList<int>? candidates)
    {
        var eligible = new bool[nodes];
        if (candidates is null)
        {
            Array.Fill(eligible, true);
            return eligible;
        }

        foreach (int node in candidates)
        {
            if ((uint)node >= (uint)nodes)
            {
                throw new ArgumentOutOfRangeException(nameof(candidates), $"candidate {node} is outside 0..{nodes - 1}");
            }

            eligible[node] = true;
        }

        return eligible;
    }

    private static int Best(bool[] eligible, int[] uncoveredMet)
    {
        int best = -1;
        for (int node = 0; node < eligible.Length; node++)
        {
            if (eligible[node] && (best < 0 || uncoveredMet[node] > uncoveredMet[best]))
            {
                best = node;
            }
        }

        return best;
    }
}
