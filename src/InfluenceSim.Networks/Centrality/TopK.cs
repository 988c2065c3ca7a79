namespace InfluenceSim.Networks.Centrality;

/// <summary>Selects the first k node ids in a rank order with a bounded heap, O(n log k).</summary>
internal static class TopK
{
    /// <summary>
    /// The first min(k, count) of <c>0 .. count-1</c>, best first; <paramref name="ranksBefore"/>
    /// must be a total order (negative when its first node ranks before its second).
    /// </summary>
    public static int[] Select(int count, int k, Comparison<int> ranksBefore)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        k = Math.Min(k, count);
        if (k == 0)
        {
            return [];
        }

        var worstFirst = Comparer<int>.Create((a, b) => ranksBefore(b, a));
        var kept = new PriorityQueue<int, int>(k, worstFirst);
        for (int node = 0; node < count; node++)
        {
            if (kept.Count < k)
            {
                kept.Enqueue(node, node);
            }
            else if (ranksBefore(node, kept.Peek()) < 0)
            {
                kept.DequeueEnqueue(node, node);
            }
        }

        var top = new int[k];
        for (int i = k - 1; i >= 0; i--)
        {
            top[i] = kept.Dequeue();
        }

        return top;
    }
}
