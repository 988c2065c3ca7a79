using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The letters waiting for one step, from whichever partition or order they came; drained grouped
/// by target in ascending order, so every node gets one delivery whatever order the letters were
/// added in (the node sorts its letters itself).
/// </summary>
internal sealed class MailBuffer
{
    private readonly List<MailEntry> _entries = [];

    public void Add(MailEntry entry) => _entries.Add(entry);

    public void AddRange(MailEntry[] entries) => _entries.AddRange(entries);

    /// <summary>
    /// Takes every letter, grouped by target in ascending order (a counting sort over the targets'
    /// range, in two passes), and leaves the buffer empty.
    /// </summary>
    public List<NodeDelivery> Drain()
    {
        var entries = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries);
        var deliveries = new List<NodeDelivery>();
        if (entries.Length == 0)
        {
            return deliveries;
        }

        int low = int.MaxValue;
        int high = int.MinValue;
        foreach (var entry in entries)
        {
            low = Math.Min(low, entry.Target);
            high = Math.Max(high, entry.Target);
        }

        var starts = new int[high - low + 2];
        foreach (var entry in entries)
        {
            starts[entry.Target - low + 1]++;
        }

        for (int i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var sorted = new MailEntry[entries.Length];
        var next = starts.AsSpan(0, starts.Length - 1).ToArray();
        foreach (var entry in entries)
        {
            sorted[next[entry.Target - low]++] = entry;
        }

        _entries.Clear();
        for (int target = 0; target < starts.Length - 1; target++)
        {
            int count = starts[target + 1] - starts[target];
            if (count > 0)
            {
                deliveries.Add(new NodeDelivery(target + low, new ArraySegment<MailEntry>(sorted, starts[target], count)));
            }
        }

        return deliveries;
    }
}
