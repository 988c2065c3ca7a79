namespace InfluenceSim.Seeding;

/// <summary>Picks the k nodes with the smallest draws, ties by lower id (random seeding, campaign counts), in one pass with a bounded heap.</summary>
public static class SmallestDraws
{
    /// <summary>The <paramref name="k"/> nodes of <paramref name="nodes"/> with the smallest <paramref name="draw"/>, ties by lower id, in ascending id order.</summary>
    public static int[] Of(IEnumerable<int> nodes, int k, Func<int, double> draw)
    {
        if (k <= 0)
        {
            return [];
        }

        var kept = new PriorityQueue<int, (double Draw, int Node)>(k, Comparer<(double Draw, int Node)>.Create((x, y) => y.CompareTo(x)));
        foreach (int node in nodes)
        {
            var key = (draw(node), node);
            if (kept.Count < k)
            {
                kept.Enqueue(node, key);
            }
            else if (kept.TryPeek(out _, out var worst) && key.CompareTo(worst) < 0)
            {
                kept.DequeueEnqueue(node, key);
            }
        }

        var chosen = new int[kept.Count];
        for (int i = 0; kept.TryDequeue(out int node, out _); i++)
        {
            chosen[i] = node;
        }

        Array.Sort(chosen);
        return chosen;
    }
}
