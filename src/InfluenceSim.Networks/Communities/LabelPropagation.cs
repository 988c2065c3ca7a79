using InfluenceSim.Networks.Centrality;

namespace InfluenceSim.Networks.Communities;

/// <summary>Communities by deterministic label propagation on the undirected view (docs/centrality.md).</summary>
/// <remarks>
/// Raghavan, Albert and Kumara, "Near linear time algorithm to detect community structures in
/// large-scale networks", Physical Review E 76, 036106 (2007), with every random choice fixed:
/// each node starts with its own id as label; a sweep visits nodes in ascending id order and
/// updates in place (asynchronously), each node taking the label most frequent among its
/// neighbours (each neighbour one vote, weights ignored), keeping its own label when that is among
/// the most frequent, else taking the smallest of them; a node without neighbours keeps its label.
/// Sweeps stop when one changes nothing, or after <see cref="MaxSweeps"/>. Directed networks are
/// read as undirected (the union of in- and out-neighbours). O(ties) per sweep.
/// </remarks>
public static class LabelPropagation
{
    public const int MaxSweeps = 100;

    /// <summary>The community of each node (index = node id), numbered 0.. in order of each community's smallest member.</summary>
    public static int[] Communities(Network network)
    {
        var adjacency = UndirectedAdjacency.Of(network);
        int n = adjacency.NodeCount;
        var label = new int[n];
        for (int node = 0; node < n; node++)
        {
            label[node] = node;
        }

        var votes = new int[n];
        for (int sweep = 0; sweep < MaxSweeps; sweep++)
        {
            bool changed = false;
            for (int node = 0; node < n; node++)
            {
                int chosen = MostFrequentLabel(adjacency.Neighbours(node), label, label[node], votes);
                if (chosen != label[node])
                {
                    label[node] = chosen;
                    changed = true;
                }
            }

            if (!changed)
            {
                break;
            }
        }

        return NumberBySmallestMember(label);
    }

    /// <summary>The rule for one node; <paramref name="votes"/> is all zero before and after.</summary>
    private static int MostFrequentLabel(ReadOnlySpan<int> neighbours, int[] label, int own, int[] votes)
    {
        int best = own;
        int bestVotes = 0;
        foreach (int neighbour in neighbours)
        {
            int candidate = label[neighbour];
            int count = ++votes[candidate];
            if (count > bestVotes || (count == bestVotes && candidate < best))
            {
                best = candidate;
                bestVotes = count;
            }
        }

        if (votes[own] == bestVotes)
        {
            best = own;
        }

        foreach (int neighbour in neighbours)
        {
            votes[label[neighbour]] = 0;
        }

        return best;
    }

    private static int[] NumberBySmallestMember(int[] label)
    {
        var number = new int[label.Length];
        Array.Fill(number, -1);
        var community = new int[label.Length];
        int next = 0;
        for (int node = 0; node < label.Length; node++)
        {
            ref int assigned = ref number[label[node]];
            if (assigned < 0)
            {
                assigned = next++;
            }

            community[node] = assigned;
        }

        return community;
    }
}
