using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Networks.Centrality;

/// <summary>Betweenness centrality: exact by Brandes' algorithm, or estimated from sampled pivot sources.</summary>
/// <remarks>
/// Exact: Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
/// Sociology 25(2), 2001, with unweighted shortest paths over out-ties. Sampled: Brandes and Pich,
/// "Centrality estimation in large networks", International Journal of Bifurcation and Chaos
/// 17(7), 2007: the dependencies from k pivot sources, scaled by n / k. Scores are not normalised;
/// an undirected network's are halved so each unordered pair counts once (a path's middle node of
/// three scores 1). Sources are processed in ascending id order, so the sums are reproducible.
/// </remarks>
public static class Betweenness
{
    /// <summary><see cref="Compute"/> is exact up to this many nodes, sampled above.</summary>
    public const int ExactNodeLimit = 5_000;

    /// <summary>Stream number separating the pivot draw from other users of the master seed ("betw" in ASCII).</summary>
    public const ulong PivotStream = 0x6265_7477;

    /// <summary>Exact scores when the network has at most <see cref="ExactNodeLimit"/> nodes, else <see cref="Sampled"/>.</summary>
    public static double[] Compute(Network network, int samples, long seed)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        return network.NodeCount <= ExactNodeLimit ? Exact(network) : Sampled(network, samples, seed);
    }

    /// <summary>Exact betweenness of every node (index = node id), O(nodes * ties).</summary>
    public static double[] Exact(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Accumulate(network, Enumerable.Range(0, network.NodeCount).ToArray());
    }

    /// <summary>Brandes-Pich estimate from the <see cref="Pivots"/> of <paramref name="seed"/>; exact when samples &gt;= nodes.</summary>
    public static double[] Sampled(Network network, int samples, long seed)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        return Accumulate(network, Pivots(network.NodeCount, samples, seed));
    }

    /// <summary>
    /// The pivot sources, ascending: all nodes when samples &gt;= nodeCount, else the
    /// <paramref name="samples"/> nodes with the smallest <c>mix(key ^ node)</c>, ties by lower id,
    /// where <c>key = mix(mix((ulong)seed) ^ PivotStream)</c> and <c>mix</c> is the SplitMix64 finaliser of docs/models.md.
    /// </summary>
    public static int[] Pivots(int nodeCount, int samples, long seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(samples);
        if (samples >= nodeCount)
        {
            return Enumerable.Range(0, nodeCount).ToArray();
        }

        ulong key = Xoshiro256StarStar.Mix(Xoshiro256StarStar.Mix((ulong)seed) ^ PivotStream);
        var largestFirst = Comparer<(ulong Hash, int Node)>.Create((a, b) => b.CompareTo(a));
        var kept = new PriorityQueue<int, (ulong Hash, int Node)>(samples, largestFirst);
        for (int node = 0; node < nodeCount; node++)
        {
            var priority = (Xoshiro256StarStar.Mix(key ^ (ulong)node), node);
            if (kept.Count < samples)
            {
                kept.Enqueue(node, priority);
            }
            else if (kept.TryPeek(out _, out var largest) && priority.CompareTo(largest) < 0)
            {
                kept.DequeueEnqueue(node, priority);
            }
        }

        var pivots = kept.UnorderedItems.Select(item => item.Element).ToArray();
        Array.Sort(pivots);
        return pivots;
    }

    private static double[] Accumulate(Network network, int[] pivots)
    {
        int n = network.NodeCount;
        var scores = new double[n];
        if (pivots.Length == 0)
        {
            return scores;
        }

        var accumulator = new BrandesAccumulator(network);
        foreach (int source in pivots)
        {
            accumulator.AddSource(source, scores);
        }

        double scale = (double)n / pivots.Length * (network.Directed ? 1.0 : 0.5);
        for (int node = 0; node < n; node++)
        {
            scores[node] *= scale;
        }

        return scores;
    }
}
