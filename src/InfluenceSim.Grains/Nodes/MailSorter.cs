using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Sorts a step's mail by replicate, then letter kind, then sender, whatever order it arrived in,
/// dropping repeated letters; each replicate's letters are then one contiguous range.
/// </summary>
internal sealed class MailSorter
{
    private const int ReplicateShift = 35;

    private readonly long[] _keys;
    private readonly Letter[] _letters;
    private readonly int _count;

    public MailSorter(ReadOnlySpan<MailEntry> letters)
    {
        int count = letters.Length;
        _keys = new long[count];
        _letters = new Letter[count];
        for (int i = 0; i < count; i++)
        {
            var letter = letters[i];
            _keys[i] = ((long)letter.Replicate << ReplicateShift) | ((long)letter.Kind << 32) | (uint)(letter.Sender + 1);
            _letters[i] = new Letter(letter.Kind, letter.Sender, letter.Root, letter.Depth);
        }

        Array.Sort(_keys, _letters);
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            if (kept > 0 && _keys[i] == _keys[kept - 1])
            {
                continue;
            }

            _keys[kept] = _keys[i];
            _letters[kept] = _letters[i];
            kept++;
        }

        _count = kept;
    }

    /// <summary>How many entries were kept; the replicate ranges cover entries 0 .. Count - 1.</summary>
    public int Count => _count;

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
