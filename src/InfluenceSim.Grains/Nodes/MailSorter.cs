using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Grains.Nodes;

/// <summary>
/// Sorts a step's mail by replicate, then sender, whatever order it arrived in, dropping the
/// no-mail marker (-1) and repeated senders; each replicate's entries are then one contiguous range.
/// </summary>
internal sealed class MailSorter
{
    private readonly int[] _replicates;
    private readonly int[] _senders;
    private readonly int[] _roots;
    private readonly int[] _depths;
    private readonly int _count;

    public MailSorter(StepMail mail)
    {
        int count = mail.Replicates.Length;
        var keys = new long[count];
        var order = new int[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = ((long)mail.Replicates[i] << 32) | (uint)(mail.Senders[i] + 1);
            order[i] = i;
        }

        Array.Sort(keys, order);
        _replicates = new int[count];
        _senders = new int[count];
        _roots = new int[count];
        _depths = new int[count];
        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            int entry = order[i];
            int replicate = mail.Replicates[entry];
            int sender = mail.Senders[entry];
            if (kept > 0 && _replicates[kept - 1] == replicate && _senders[kept - 1] == sender)
            {
                continue;
            }

            _replicates[kept] = replicate;
            _senders[kept] = sender;
            _roots[kept] = mail.Roots[entry];
            _depths[kept] = mail.Depths[entry];
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

    /// <summary>The senders of a range, ascending; empty when the node is only visited (no mail).</summary>
    public ReadOnlySpan<int> Senders(int start, int length) => WithoutMarker(_senders, start, length);

    public ReadOnlySpan<int> Roots(int start, int length) => WithoutMarker(_roots, start, length);

    public ReadOnlySpan<int> Depths(int start, int length) => WithoutMarker(_depths, start, length);

    private ReadOnlySpan<int> WithoutMarker(int[] values, int start, int length) =>
        _senders[start] < 0 ? values.AsSpan(start + 1, length - 1) : values.AsSpan(start, length);
}
