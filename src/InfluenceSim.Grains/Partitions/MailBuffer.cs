using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The letters waiting for one step, from whichever partition or order they came, kept on pages of
/// <paramref name="shelf"/>, one run of pages per replicate; drained grouped by target in ascending
/// order and, within a target, by replicate, so every node gets one delivery whatever order the
/// letters were added in (the node sorts its letters itself, most often finding them in order
/// already: each partition's letters come in sender order). The pages go back to the shelf once drained.
/// </summary>
internal sealed class MailBuffer(MailShelf shelf)
{
    private readonly List<NodeDelivery> _deliveries = [];
    private LetterPages[] _byReplicate = [];
    private MailEntry[] _sorted = [];
    private int[] _starts = [];

    public void Add(MailEntry entry)
    {
        var lists = _byReplicate;
        int replicate = entry.Replicate;
        ((uint)replicate < (uint)lists.Length ? lists[replicate] : PagesOf(replicate)).Add(entry, shelf);
    }

    public void AddRange(MailEntry[] entries)
    {
        foreach (var entry in entries)
        {
            Add(entry);
        }
    }

    /// <summary>
    /// Takes every letter, grouped by target in ascending order, then by replicate (a counting sort
    /// over the targets' range, in two passes), and leaves the buffer empty. The deliveries view the
    /// buffer's own arrays: they stay valid until the buffer is drained again.
    /// </summary>
    public List<NodeDelivery> Drain()
    {
        var deliveries = _deliveries;
        deliveries.Clear();
        int total = Count();
        if (total == 0)
        {
            return deliveries;
        }

        var starts = CountByTarget(out int low);
        if (_sorted.Length < total)
        {
            _sorted = new MailEntry[Math.Max(total, _sorted.Length * 2)];
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

        foreach (var pages in _byReplicate)
        {
            for (int p = 0; p < pages.Pages; p++)
            {
                foreach (var entry in pages.Page(p))
                {
                    sorted[starts[entry.Target - low]++] = entry;
                }
            }
        }

        Release();
        return deliveries;
    }

    /// <summary>
    /// Takes every letter as <see cref="Drain"/> does into <paramref name="mail"/>, but written straight as the
    /// agents read it, with its sort key, for a hosting that runs its nodes itself.
    /// </summary>
    public void DrainLetters(BlockMail mail)
    {
        int total = Count();
        var (keys, letters) = mail.Refill(total);
        if (total == 0)
        {
            return;
        }

        var starts = CountByTarget(out int low);
        for (int target = 0; target < starts.Length - 1; target++)
        {
            int count = starts[target + 1] - starts[target];
            if (count > 0)
            {
                mail.AddNode(target + low, starts[target], count);
            }
        }

        foreach (var pages in _byReplicate)
        {
            for (int p = 0; p < pages.Pages; p++)
            {
                foreach (var entry in pages.Page(p))
                {
                    int at = starts[entry.Target - low]++;
                    keys[at] = SortedMail.Key(entry.Replicate, entry.Kind, entry.Sender);
                    letters[at] = new Letter(entry.Kind, entry.Sender, entry.Root, entry.Depth);
                }
            }
        }

        Release();
    }

    /// <summary>Drops every letter left and gives the pages back to the shelf.</summary>
    public void Release()
    {
        foreach (var pages in _byReplicate)
        {
            pages.GiveBack(shelf);
        }
    }

    private int Count()
    {
        int count = 0;
        foreach (var pages in _byReplicate)
        {
            count += pages.Count;
        }

        return count;
    }

    /// <summary>Where each target's letters start, for the targets <paramref name="low"/> .. high of the buffer (and where the last ends).</summary>
    private Span<int> CountByTarget(out int low)
    {
        low = int.MaxValue;
        int high = int.MinValue;
        foreach (var pages in _byReplicate)
        {
            for (int p = 0; p < pages.Pages; p++)
            {
                var (first, last) = MailEntry.TargetRange(pages.Page(p));
                low = Math.Min(low, first);
                high = Math.Max(high, last);
            }
        }

        int range = high - low + 1;
        if (_starts.Length < range + 1)
        {
            _starts = new int[range + 1];
        }

        var starts = _starts.AsSpan(0, range + 1);
        starts.Clear();
        foreach (var pages in _byReplicate)
        {
            for (int p = 0; p < pages.Pages; p++)
            {
                foreach (var entry in pages.Page(p))
                {
                    starts[entry.Target - low + 1]++;
                }
            }
        }

        for (int i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        return starts;
    }

    /// <summary>The pages of <paramref name="replicate"/>, made (with those below it) at its first letter.</summary>
    private LetterPages PagesOf(int replicate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicate);
        int had = _byReplicate.Length;
        Array.Resize(ref _byReplicate, Math.Max(replicate + 1, had * 2));
        for (int r = had; r < _byReplicate.Length; r++)
        {
            _byReplicate[r] = new LetterPages();
        }

        return _byReplicate[replicate];
    }
}
