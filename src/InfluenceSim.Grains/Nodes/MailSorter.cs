using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Sorts a node's mail of a step, whatever order it arrived in, into a <see cref="SortedMail"/>
/// (by replicate, then letter kind, then sender, repeats dropped). Its arrays grow to the largest
/// mail it has sorted and are reused for the next.
/// </summary>
internal sealed class MailSorter
{
    private long[] _keys = [];
    private Letter[] _letters = [];

    /// <summary>Sorts <paramref name="letters"/>; the view is valid until the next sort.</summary>
    public SortedMail Sort(ReadOnlySpan<MailEntry> letters)
    {
        int count = letters.Length;
        SortedMail.EnsureRoom(ref _keys, ref _letters, count);

        var keys = _keys.AsSpan(0, count);
        var sorted = _letters.AsSpan(0, count);
        for (int i = 0; i < count; i++)
        {
            var letter = letters[i];
            keys[i] = SortedMail.Key(letter.Replicate, letter.Kind, letter.Sender);
            sorted[i] = new Letter(letter.Kind, letter.Sender, letter.Root, letter.Depth);
        }

        return SortedMail.Sort(keys, sorted);
    }
}
