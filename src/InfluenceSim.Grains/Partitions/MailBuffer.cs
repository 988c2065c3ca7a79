using System.Runtime.InteropServices;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The letters waiting for one step, from whichever partition or order they came; drained grouped
/// by target in ascending order, so every node gets one delivery whatever order the letters were
/// added in (the node sorts its letters itself). Its arrays are kept and reused from drain to drain.
/// </summary>
internal sealed class MailBuffer
{
    private readonly List<MailEntry> _entries = [];
    private readonly List<NodeDelivery> _deliveries = [];
    private readonly BlockMail _letters = new();
    private MailEntry[] _sorted = [];
    private int[] _starts = [];

    public void Add(MailEntry entry) => _entries.Add(entry);

    public void AddRange(MailEntry[] entries) => _entries.AddRange(entries);

    /// <summary>
    /// Takes every letter, grouped by target in ascending order (a counting sort over the targets'
    /// range, in two passes), and leaves the buffer empty. The deliveries view the buffer's own
    /// arrays: they stay valid until the buffer is drained again.
    /// </summary>
    public List<NodeDelivery> Drain()
    {
        var entries = CollectionsMarshal.AsSpan(_entries);
        var deliveries = _deliveries;
        deliveries.Clear();
        if (entries.Length == 0)
        {
            return deliveries;
        }

        var starts = CountByTarget(entries, out int low);
        if (_sorted.Length < entries.Length)
        {
            _sorted = new MailEntry[Math.Max(entries.Length, _sorted.Length * 2)];
        }

        var sorted = _sorted;
        for (int target = 0; target < starts.Length - 1; target++)
        {
            int count = starts[target + 1] - starts[target];
            if (count > 0)
            {
                deliveries.Add(new NodeDelivery(target + low, new ArraySegment<MailEntry>(sorted, starts[target], count)));
            }
        }

        foreach (var entry in entries)
        {
            sorted[starts[entry.Target - low]++] = entry;
        }

        _entries.Clear();
        return deliveries;
    }

    /// <summary>
    /// Takes every letter as <see cref="Drain"/> does, but written straight as the agents read it,
    /// with its sort key (<see cref="BlockMail"/>), for a hosting that runs its nodes itself. The
    /// mail stays valid until the buffer is drained again.
    /// </summary>
    public BlockMail DrainLetters()
    {
        var entries = CollectionsMarshal.AsSpan(_entries);
        var mail = _letters;
        var (keys, letters) = mail.Refill(entries.Length);
        if (entries.Length == 0)
        {
            return mail;
        }

        var starts = CountByTarget(entries, out int low);
        for (int target = 0; target < starts.Length - 1; target++)
        {
            int count = starts[target + 1] - starts[target];
            if (count > 0)
            {
                mail.AddNode(target + low, starts[target], count);
            }
        }

        foreach (var entry in entries)
        {
            int at = starts[entry.Target - low]++;
            keys[at] = SortedMail.Key(entry.Replicate, entry.Kind, entry.Sender);
            letters[at] = new Letter(entry.Kind, entry.Sender, entry.Root, entry.Depth);
        }

        _entries.Clear();
        return mail;
    }

    /// <summary>Where each target's letters start, for the targets <paramref name="low"/> .. high of <paramref name="entries"/> (and where the last ends).</summary>
    private Span<int> CountByTarget(ReadOnlySpan<MailEntry> entries, out int low)
    {
        (low, int high) = MailEntry.TargetRange(entries);
        int range = high - low + 1;
        if (_starts.Length < range + 1)
        {
            _starts = new int[range + 1];
        }

        var starts = _starts.AsSpan(0, range + 1);
        starts.Clear();
        foreach (var entry in entries)
        {
            starts[entry.Target - low + 1]++;
        }

        for (int i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        return starts;
    }
}
