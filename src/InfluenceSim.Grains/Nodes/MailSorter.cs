using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Sorts a step's mail by replicate, then letter kind, then sender, whatever order it arrived in,
/// dropping repeated letters; each replicate's letters are then one contiguous range. Its arrays
/// grow to the largest mail it has sorted and are reused for the next.
/// </summary>
internal sealed class MailSorter
{
    private const int ReplicateShift = 35;

    private long[] _keys = [];
    private Letter[] _letters = [];
    private int _count;

    /// <summary>How many entries were kept; the replicate ranges cover entries 0 .. Count - 1.</summary>
    public int Count => _count;

    /// <summary>Sorts <paramref name="letters"/>, replacing what was sorted before.</summary>
    public void Sort(ReadOnlySpan<MailEntry> letters)
    {
        int count = letters.Length;
        if (_keys.Length < count)
        {
            _keys = new long[Math.Max(count, _keys.Length * 2)];
            _letters = new Letter[_keys.Length];
        }

        var keys = _keys;
        var sorted = _letters;
        for (int i = 0; i < count; i++)
        {
            var letter = letters[i];
            keys[i] = ((long)letter.Replicate << ReplicateShift) | ((long)letter.Kind << 32) | (uint)(letter.Sender + 1);
            sorted[i] = new Letter(letter.Kind, letter.Sender, letter.Root, letter.Depth);
        }

        Array.Sort(keys, sorted, 0, count);
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            if (kept > 0 && keys[i] == keys[kept - 1])
            {
                continue;
            }

            keys[kept] = keys[i];
            sorted[kept] = sorted[i];
            kept++;
        }

        _count = kept;
    }

    /// <summary>The replicate range starting at entry <paramref name="start"/>: its replicate and its entry count.</summary>
    public (int Replicate, int Length) Range(int start)
    {
        long replicate = _keys[start] >> ReplicateShift;
        int end = start + 1;
        while (end < _count && _keys[end] >> ReplicateShift == replicate)
        {
            end++;
        }

        return ((int)replicate, end - start);
    }

    /// <summary>The letters of a range, without the visit marker (which sorts first).</summary>
    public ReadOnlySpan<Letter> Letters(int start, int length) =>
        _letters[start].Kind == LetterKind.Visit ? _letters.AsSpan(start + 1, length - 1) : _letters.AsSpan(start, length);
}
