using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The letters waiting for one step for a partition's nodes <c>first</c> .. <c>first + count - 1</c>,
/// from whichever partition or order they came; drained grouped by target in ascending order, so every
/// node gets one delivery whatever order the letters were added in (the node sorts its letters itself).
/// Each letter is counted for its target as it is added, so the drain is a counting sort of one pass
/// over the letters. Its arrays are kept and reused from drain to drain.
/// </summary>
internal sealed class MailBuffer(int first, int count)
{
    private readonly List<NodeDelivery> _deliveries = [];

    /// <summary>While letters are added, entry t + 1 counts target first + t's; during a drain, entry t is where its letters go.</summary>
    private readonly int[] _starts = new int[count + 1];
    private MailEntry[] _entries = [];
    private MailEntry[] _sorted = [];
    private int _count;

    public void Add(MailEntry entry)
    {
        if (_count == _entries.Length)
        {
            Grow(_count + 1);
        }

        Count(entry.Target);
        _entries[_count++] = entry;
    }

    public void AddRange(MailEntry[] entries)
    {
        if (_count + entries.Length > _entries.Length)
        {
            Grow(_count + entries.Length);
        }

        foreach (var entry in entries)
        {
            Count(entry.Target);
        }

        entries.CopyTo(_entries, _count);
        _count += entries.Length;
    }

    /// <summary>
    /// Takes every letter, grouped by target in ascending order, and leaves the buffer empty. The
    /// deliveries view the buffer's own arrays: they stay valid until the buffer is drained again.
    /// </summary>
    public List<NodeDelivery> Drain()
    {
        var deliveries = _deliveries;
        deliveries.Clear();
        if (_count == 0)
        {
            return deliveries;
        }

        if (_sorted.Length < _count)
        {
            _sorted = new MailEntry[Math.Max(_count, _sorted.Length * 2)];
        }

        var sorted = _sorted;
        var starts = _starts;
        int offset = 0;
        for (int target = 0; target < count; target++)
        {
            int letters = starts[target + 1];
            starts[target] = offset;
            if (letters > 0)
            {
                deliveries.Add(new NodeDelivery(first + target, new ArraySegment<MailEntry>(sorted, offset, letters)));
                offset += letters;
            }
        }

        foreach (var entry in _entries.AsSpan(0, _count))
        {
            sorted[starts[entry.Target - first]++] = entry;
        }

        Array.Clear(starts);
        _count = 0;
        return deliveries;
    }

    private void Count(int target)
    {
        if ((uint)(target - first) >= (uint)count)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, $"the buffer holds mail for nodes {first} to {first + count - 1}");
        }

        _starts[target - first + 1]++;
    }

    private void Grow(int needed) => Array.Resize(ref _entries, Math.Max(needed, _entries.Length * 2));
}
