using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// The letters waiting for one step, from whichever partition or order they came: the partition's
/// own on pages of <paramref name="shelf"/>, in runs of pages by replicate modulo <see cref="PageRuns"/>
/// (each replicate of a block hosting's batch in its own run), and its peers' batches as they arrived
/// (not copied). Drained grouped by target in ascending order (a target's own letters run by run,
/// then its peers'), so every node gets one delivery whatever order the letters were added in (the
/// node sorts its letters itself, most often finding them nearly in order: each partition's letters
/// come in sender order). Once drained, the pages and the peers' full chunks go to the shelf.
/// </summary>
internal sealed class MailBuffer(MailShelf shelf)
{
    /// <summary>How many runs of pages the own letters are kept in (replicate r in run r mod <see cref="PageRuns"/>): as many as a block hosting's batch has replicates, and few enough that the partly filled last pages stay small whatever the replicate count.</summary>
    public const int PageRuns = 64;

    private readonly List<NodeDelivery> _deliveries = [];
    private readonly List<MailEntry[]> _received = [];
    private readonly LetterPages[] _byReplicate = [.. Enumerable.Range(0, PageRuns).Select(_ => new LetterPages())];
    private ArraySegment<MailEntry>[] _runs = [];
    private int _runCount;
    private MailEntry[] _sorted = [];
    private int[] _starts = [];

    public void Add(MailEntry entry) => _byReplicate[entry.Replicate & (PageRuns - 1)].Add(entry, shelf);

    /// <summary>Keeps a batch from a peer or the runner as it is, without copying it: nobody writes to a sent batch's array again.</summary>
    public void AddBatch(MailEntry[] entries) => _received.Add(entries);

    /// <summary>
    /// Takes every letter, grouped by target in ascending order (a counting sort over the targets'
    /// range, in two passes), and leaves the buffer empty. The deliveries view the
    /// buffer's own arrays: they stay valid until the buffer is drained again.
    /// </summary>
    public List<NodeDelivery> Drain()
    {
        var deliveries = _deliveries;
        deliveries.Clear();
        int total = CollectRuns();
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

        for (int r = 0; r < _runCount; r++)
        {
            foreach (var entry in _runs[r].AsSpan())
            {
                sorted[starts[entry.Target - low]++] = entry;
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
        int total = CollectRuns();
        var (keys, letters) = mail.Refill(total);
        if (total == 0)
        {
            return;
        }

        var starts = CountByTarget(out int low);
        for (int target = 0; target < starts.Length - 1; target++)
        {
            if (starts[target + 1] > starts[target])
            {
                mail.AddNode(target + low, starts[target]);
            }
        }

        for (int r = 0; r < _runCount; r++)
        {
            foreach (var entry in _runs[r].AsSpan())
            {
                int at = starts[entry.Target - low]++;
                keys[at] = SortedMail.Key(entry.Replicate, entry.Kind, entry.Sender);
                Letter.Store(ref letters[at], entry.Kind, entry.Sender, entry.Root, entry.Depth);
            }
        }

        Release();
    }

    /// <summary>Drops every letter left and gives the pages, and the peers' full chunks, to the shelf.</summary>
    public void Release()
    {
        foreach (var pages in _byReplicate)
        {
            pages.GiveBack(shelf);
        }

        foreach (var batch in _received)
        {
            if (batch.Length == OutgoingMail.ChunkSize)
            {
                shelf.Give(batch);
            }
        }

        _received.Clear();
    }

    /// <summary>Lists the runs of letters the buffer holds, in the order a drain reads them (every page of every run, in run order, then the batches as they came); answers how many letters they hold.</summary>
    private int CollectRuns()
    {
        _runCount = 0;
        int letters = 0;
        foreach (var pages in _byReplicate)
        {
            for (int p = 0; p < pages.Pages; p++)
            {
                letters += AddRun(pages.Page(p));
            }
        }

        foreach (var batch in _received)
        {
            letters += AddRun(new ArraySegment<MailEntry>(batch));
        }

        return letters;
    }

    private int AddRun(ArraySegment<MailEntry> run)
    {
        if (run.Count > 0)
        {
            if (_runCount == _runs.Length)
            {
                Array.Resize(ref _runs, Math.Max(64, _runCount * 2));
            }

            _runs[_runCount++] = run;
        }

        return run.Count;
    }

    /// <summary>Where each target's letters start, for the targets <paramref name="low"/> .. high of the buffer (and where the last ends).</summary>
    private Span<int> CountByTarget(out int low)
    {
        low = int.MaxValue;
        int high = int.MinValue;
        for (int r = 0; r < _runCount; r++)
        {
            var (first, last) = MailEntry.TargetRange(_runs[r]);
            low = Math.Min(low, first);
            high = Math.Max(high, last);
        }

        int range = high - low + 1;
        if (_starts.Length < range + 1)
        {
            _starts = new int[range + 1];
        }

        var starts = _starts.AsSpan(0, range + 1);
        starts.Clear();
        for (int r = 0; r < _runCount; r++)
        {
            foreach (var entry in _runs[r].AsSpan())
            {
                starts[entry.Target - low + 1]++;
            }
        }

        for (int i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        return starts;
    }
}
