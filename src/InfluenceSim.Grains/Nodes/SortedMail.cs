using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// One node's mail of a step sorted by replicate, then letter kind, then sender, repeats dropped:
/// each replicate's letters are one contiguous range. A view over a sort key per letter and the
/// letters themselves, which <see cref="Sort"/> orders in place.
/// </summary>
internal readonly ref struct SortedMail
{
    /// <summary>Up to this many letters are sorted by insertion (a node's mail is mostly a few letters, often in order already); more by the runtime's sort.</summary>
    private const int InsertionLimit = 24;

    private const int ReplicateShift = 35;

    private readonly ReadOnlySpan<long> _keys;
    private readonly ReadOnlySpan<Letter> _letters;

    private SortedMail(ReadOnlySpan<long> keys, ReadOnlySpan<Letter> letters)
    {
        _keys = keys;
        _letters = letters;
    }

    /// <summary>How many letters were kept; the replicate ranges cover letters 0 .. Count - 1.</summary>
    public int Count => _keys.Length;

    /// <summary>The sort key of a letter: replicate, then kind, then sender (a visit's sender, -1, first).</summary>
    public static long Key(int replicate, int kind, int sender) => ((long)replicate << ReplicateShift) | ((long)kind << 32) | (uint)(sender + 1);

    /// <summary>The replicate of a letter's <see cref="Key"/>.</summary>
    public static int ReplicateOf(long key) => (int)(key >> ReplicateShift);

    /// <summary>Sorts <paramref name="letters"/> by their <paramref name="keys"/> (both in place), drops repeated letters and views what is kept.</summary>
    public static SortedMail Sort(Span<long> keys, Span<Letter> letters)
    {
        bool repeats = keys.Length > InsertionLimit ? SortLarge(keys, letters) : SortSmall(keys, letters);
        int kept = repeats ? Unique(keys, letters) : keys.Length;
        return new SortedMail(keys[..kept], letters[..kept]);
    }

    /// <summary>Makes <paramref name="keys"/> and <paramref name="letters"/> hold at least <paramref name="count"/> letters (doubling, so a few growths cover a run).</summary>
    public static void EnsureRoom(ref long[] keys, ref Letter[] letters, int count)
    {
        if (keys.Length < count)
        {
            keys = new long[Math.Max(count, keys.Length * 2)];
            letters = new Letter[keys.Length];
        }
    }

    /// <summary>The replicate range starting at letter <paramref name="start"/>: its replicate and its letter count.</summary>
    public (int Replicate, int Length) Range(int start)
    {
        int replicate = ReplicateOf(_keys[start]);
        int end = start + 1;
        while (end < _keys.Length && ReplicateOf(_keys[end]) == replicate)
        {
            end++;
        }

        return (replicate, end - start);
    }

    /// <summary>The letters of a range, without the visit marker (which sorts first).</summary>
    public ReadOnlySpan<Letter> Letters(int start, int length) =>
        _letters[start].Kind == LetterKind.Visit ? _letters.Slice(start + 1, length - 1) : _letters.Slice(start, length);

    /// <summary>Insertion sort; true when two keys are equal.</summary>
    private static bool SortSmall(Span<long> keys, Span<Letter> letters)
    {
        bool repeats = false;
        for (int i = 1; i < keys.Length; i++)
        {
            long key = keys[i];
            if (key > keys[i - 1])
            {
                continue;
            }

            var letter = letters[i];
            int j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                letters[j + 1] = letters[j];
                j--;
            }

            keys[j + 1] = key;
            letters[j + 1] = letter;
            repeats |= j >= 0 && keys[j] == key;
        }

        return repeats;
    }

    private static bool SortLarge(Span<long> keys, Span<Letter> letters)
    {
        keys.Sort(letters);
        return true;
    }

    /// <summary>Drops each letter whose key equals the one before it; answers how many are kept.</summary>
    private static int Unique(Span<long> keys, Span<Letter> letters)
    {
        int kept = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (kept > 0 && keys[i] == keys[kept - 1])
            {
                continue;
            }

            keys[kept] = keys[i];
            letters[kept] = letters[i];
            kept++;
        }

        return kept;
    }
}
