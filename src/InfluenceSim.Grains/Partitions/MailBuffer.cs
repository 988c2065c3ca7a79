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

    /// <summary>Takes every letter, grouped by target in ascending order, and leaves the buffer empty.</summary>
    public List<NodeDelivery> Drain()
    {
        var entries = _entries.ToArray();
        _entries.Clear();
        var keys = new long[entries.Length];
        for (int i = 0; i < entries.Length; i++)
        {
            keys[i] = ((long)entries[i].Target << 32) | (uint)(entries[i].Sender + 1);
        }

        Array.Sort(keys, entries);
        var deliveries = new List<NodeDelivery>();
        for (int start = 0; start < entries.Length;)
        {
            int end = start + 1;
            while (end < entries.Length && entries[end].Target == entries[start].Target)
            {
                end++;
            }

            deliveries.Add(new NodeDelivery(entries[start].Target, new ArraySegment<MailEntry>(entries, start, end - start)));
            start = end;
        }

        return deliveries;
    }
}
