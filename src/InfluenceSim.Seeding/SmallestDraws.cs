using System.Numerics;
using System.Runtime.Intrinsics;
using InfluenceSim.Models.Randomness;

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

        var kept = new Kept(k);
        foreach (int node in nodes)
        {
            kept.Offer(node, draw(node));
        }

        return kept.Chosen();
    }

    /// <summary>
    /// The <paramref name="k"/> nodes of 0 .. <paramref name="nodes"/> - 1 with the smallest <c>draw(purpose, replicate, step, node, 0)</c>,
    /// ties by lower id, in ascending id order: <see cref="Of"/> over every node, with the draws' first three keys mixed once,
    /// and on a processor with 512-bit vectors eight nodes drawn at once, only those not above the largest kept offered.
    /// </summary>
    public static int[] OfEveryNode(int nodes, int k, Draws draws, DrawPurpose purpose, int replicate, int step)
    {
        if (k <= 0)
        {
            return [];
        }

        ulong prefix = draws.Prefix(purpose, replicate, step);
        var kept = new Kept(k);
        int node = 0;
        if (Draws.EightAtOnce)
        {
            var lanes = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
            for (; node + Vector512<ulong>.Count <= nodes; node += Vector512<ulong>.Count)
            {
                var values = Draws.DrawsOfKeys(prefix, lanes + Vector512.Create((ulong)node));
                for (ulong candidates = Vector512.LessThanOrEqual(values, Vector512.Create(kept.Bound)).ExtractMostSignificantBits(); candidates != 0; candidates &= candidates - 1)
                {
                    int lane = BitOperations.TrailingZeroCount(candidates);
                    kept.Offer(node + lane, values.GetElement(lane));
                }
            }
        }

        for (; node < nodes; node++)
        {
            kept.Offer(node, Draws.DrawAfter(Draws.Mix(prefix ^ (ulong)node), 0));
        }

        return kept.Chosen();
    }

    /// <summary>The k smallest (draw, node) pairs offered so far, in a heap whose root is the largest kept; an offer no smaller than it is passed over at once.</summary>
    private sealed class Kept(int k)
    {
        private readonly PriorityQueue<int, (double Draw, int Node)> _heap = new(k, Comparer<(double Draw, int Node)>.Create((x, y) => y.CompareTo(x)));
        private (double Draw, int Node) _largest;

        /// <summary>The largest draw an offer may have and still be kept: the largest kept once k are, else none.</summary>
        public double Bound => _heap.Count < k ? double.PositiveInfinity : _largest.Draw;

        public void Offer(int node, double draw)
        {
            if (_heap.Count < k)
            {
                _heap.Enqueue(node, (draw, node));
            }
            else if (draw <= _largest.Draw && (draw, node).CompareTo(_largest) < 0)
            {
                _heap.DequeueEnqueue(node, (draw, node));
            }
            else
            {
                return;
            }

            _heap.TryPeek(out _, out _largest);
        }

        public int[] Chosen()
        {
            var chosen = new int[_heap.Count];
            for (int i = 0; _heap.TryDequeue(out int node, out _); i++)
            {
                chosen[i] = node;
            }

            Array.Sort(chosen);
            return chosen;
        }
    }
}
