using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Sorts a step's mail by replicate, then letter kind, then sender, whatever order it arrived in,
/// dropping repeated letters; each replicate's letters are then one contiguous range.
/// </summary>
internal sealed class MailSorter
{
    private readonly int[] _replicates;
    private readonly Letter[] _letters;
    private readonly int _count;

    public MailSorter(ReadOnlySpan<MailEntry> letters)
    {
        int count = letters.Length;
        var keys = new long[count];
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = ((long)letters[i].Replicate << 35) | ((long)letters[i].Kind << 32) | (uint)(letters[i].Sender + 1);
            order[i] = i;
        }

        Array.Sort(keys, order);
        _replicates = new int[count];
        _letters = new Letter[count];
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            int entry = order[i];
            if (kept > 0 && keys[i] == keys[i - 1])
            {
                continue;
            }

            var letter = letters[entry];
            _replicates[kept] = letter.Replicate;
            _letters[kept] = new Letter(letter.Kind, letter.Sender, letter.Root, letter.Depth);
            kept++;
        }

        _count = kept;
    }

    /// <summary>The replicate ranges: (replicate, first entry, entry count).</summary>
    public IEnumerable<(int Replicate, int Start, int Length)> Ranges()
    {
        for (int start = 0; start < _count;)
        {
            int end = start + 1;
            while (end < _count && _replicates[end] == _replicates[start])
            {
                end++;
            }

            yield return (_replicates[start], start, end - start);
            start = end;
        }
    }

    /// <summary>The letters of a range, without the visit marker (which sorts first).</summary>
    public ReadOnlySpan<Letter> Letters(int start, int length) =>
        _letters[start].Kind == LetterKind.Visit ? _letters.AsSpan(start + 1, length - 1) : _letters.AsSpan(start, length);
}
