namespace InfluenceSim.Engine.Seeding.Influence;

/// <summary>
/// Reverse influence sampling (Borgs, Brautbar, Chayes and Lucier 2014; Tang, Xiao and Shi 2014,
/// TIM): greedy maximum coverage of sampled reverse-reachable sets, each round taking the
/// candidate that meets the most sets not yet met, ties by lower node id.
/// </summary>
public static class ReverseReachable
{
    /// <summary>Picks <paramref name="k"/> seeds from <paramref name="candidates"/> (null: every node), in the order chosen.</summary>
    public static int[] Select(ReverseReachableSets sets, int k, IReadOnlyList<int>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var eligible = Eligible(sets.NodeCount, candidates);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, eligible.Count(e => e));
        var index = SetsOfNodes(sets);
        var uncoveredMet = new int[sets.NodeCount];
        for (int node = 0; node < sets.NodeCount; node++)
        {
            uncoveredMet[node] = index.Offsets[node + 1] - index.Offsets[node];
        }

        var covered = new bool[sets.Count];
        var picks = new int[k];
        for (int round = 0; round < k; round++)
        {
            int best = Best(eligible, uncoveredMet);
            picks[round] = best;
            eligible[best] = false;
            for (int i = index.Offsets[best]; i < index.Offsets[best + 1]; i++)
            {
                int set = index.Sets[i];
                if (!covered[set])
                {
                    covered[set] = true;
                    foreach (int node in sets.Set(set))
                    {
                        uncoveredMet[node]--;
                    }
                }
            }
        }

        return picks;
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

    private static (int[] Offsets, int[] Sets) SetsOfNodes(ReverseReachableSets sets)
    {
        var offsets = new int[sets.NodeCount + 1];
        for (int set = 0; set < sets.Count; set++)
        {
            foreach (int node in sets.Set(set))
            {
                offsets[node + 1]++;
            }
        }

        for (int node = 0; node < sets.NodeCount; node++)
        {
            offsets[node + 1] += offsets[node];
        }

        var cursor = (int[])offsets.Clone();
        var members = new int[offsets[^1]];
        for (int set = 0; set < sets.Count; set++)
        {
            foreach (int node in sets.Set(set))
            {
                members[cursor[node]++] = set;
            }
        }

        return (offsets, members);
    }
}
