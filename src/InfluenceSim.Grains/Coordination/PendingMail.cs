namespace InfluenceSim.Grains.Coordination;

/// <summary>
/// The mail waiting for the next step as (target, sender, replicate, root, depth, kind) entries;
/// drained grouped by target, so every node gets one delivery whatever order the entries were
/// added in (the node sorts its letters itself).
/// </summary>
internal sealed class PendingMail
{
    private List<long> _keys = [];
    private List<int> _replicates = [];
    private List<int> _roots = [];
    private List<int> _depths = [];
    private List<int> _kinds = [];

    public int Count => _keys.Count;

    /// <summary>Adds one entry; sender -1 with kind 0 marks a seed order or a visit without mail.</summary>
    public void Add(int target, int sender, int replicate, int root, int depth, int kind)
    {
        _keys.Add(((long)target << 32) | (uint)(sender + 1));
        _replicates.Add(replicate);
        _roots.Add(root);
        _depths.Add(depth);
        _kinds.Add(kind);
    }

    /// <summary>Takes every entry, grouped by target in ascending order, and leaves the mail empty.</summary>
    public IEnumerable<NodeDelivery> Drain()
    {
        var keys = _keys.ToArray();
        var order = new int[keys.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var replicates = _replicates;
        var roots = _roots;
        var depths = _depths;
        var kinds = _kinds;
        _keys = [];
        _replicates = [];
        _roots = [];
        _depths = [];
        _kinds = [];
        Array.Sort(keys, order);
        for (int start = 0; start < keys.Length;)
        {
            int target = (int)(keys[start] >> 32);
            int end = start;
            while (end < keys.Length && (int)(keys[end] >> 32) == target)
            {
                end++;
            }

            int length = end - start;
            var delivery = new NodeDelivery(target, new int[length], new int[length], new int[length], new int[length], new int[length]);
            for (int i = start; i < end; i++)
            {
                int entry = order[i];
                delivery.Senders[i - start] = (int)(uint)keys[i] - 1;
                delivery.Replicates[i - start] = replicates[entry];
                delivery.Roots[i - start] = roots[entry];
                delivery.Depths[i - start] = depths[entry];
                delivery.Kinds[i - start] = kinds[entry];
            }

            yield return delivery;
            start = end;
        }
    }
}
