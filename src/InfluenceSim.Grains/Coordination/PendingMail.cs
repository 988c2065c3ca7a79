namespace InfluenceSim.Grains.Coordination;

/// <summary>
/// The mail waiting for the next step as (target, sender, replicate) entries; drained grouped by
/// target, so every node gets one delivery whatever order the entries were added in.
/// </summary>
internal sealed class PendingMail
{
    private List<long> _keys = [];
    private List<int> _replicates = [];

    public int Count => _keys.Count;

    /// <summary>Adds one entry; sender -1 marks a seed order or a visit without mail.</summary>
    public void Add(int target, int sender, int replicate)
    {
        _keys.Add(((long)target << 32) | (uint)(sender + 1));
        _replicates.Add(replicate);
    }

    /// <summary>Takes every entry, grouped by target in ascending order, and leaves the mail empty.</summary>
    public IEnumerable<NodeDelivery> Drain()
    {
        var keys = _keys.ToArray();
        var replicates = _replicates.ToArray();
        _keys = [];
        _replicates = [];
        Array.Sort(keys, replicates);
        for (int start = 0; start < keys.Length;)
        {
            int target = (int)(keys[start] >> 32);
            int end = start;
            while (end < keys.Length && (int)(keys[end] >> 32) == target)
            {
                end++;
            }

            var senders = new int[end - start];
            for (int i = start; i < end; i++)
            {
                senders[i - start] = (int)(uint)keys[i] - 1;
            }

            yield return new NodeDelivery(target, replicates[start..end], senders);
            start = end;
        }
    }
}
