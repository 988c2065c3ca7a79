using InfluenceSim.Grains.Nodes;
using InfluenceSim.Models.Agents;

namespace InfluenceSim.Grains.Partitions;

/// <summary>
/// A step's mail for the nodes a partition runs itself (<see cref="MailBuffer.DrainLetters"/>): every
/// letter already as the agents read it, with its sort key beside it, grouped by target in ascending
/// order; a node's group is sorted (<see cref="SortedMail"/>) only when the node takes it. Its arrays
/// are kept and reused from step to step (and, through the <see cref="MailShelf"/>, from batch to batch).
/// </summary>
internal sealed class BlockMail
{
    private int[] _targets = [];
    private int[] _starts = [];
    private int _total;
    private long[] _keys = [];
    private Letter[] _letters = [];

    /// <summary>How many nodes have mail.</summary>
    public int Count { get; private set; }

    /// <summary>The node of group <paramref name="i"/>.</summary>
    public int Target(int i) => _targets[i];

    /// <summary>The sort keys of group <paramref name="i"/>, in the order the letters were added (<see cref="SortedMail.ReplicateOf"/> reads their replicates).</summary>
    public ReadOnlySpan<long> Keys(int i) => _keys.AsSpan(_starts[i], Length(i));

    /// <summary>Group <paramref name="i"/> sorted (in place); the view is valid until the mail is refilled.</summary>
    public SortedMail Sorted(int i)
    {
        int start = _starts[i];
        int length = Length(i);
        return SortedMail.Sort(_keys.AsSpan(start, length), _letters.AsSpan(start, length));
    }

    /// <summary>Empties the mail and makes room for <paramref name="letters"/> letters; answers the arrays to fill.</summary>
    public (long[] Keys, Letter[] Letters) Refill(int letters)
    {
        Count = 0;
        _total = letters;
        SortedMail.EnsureRoom(ref _keys, ref _letters, letters);

        return (_keys, _letters);
    }

    /// <summary>Adds the group of <paramref name="target"/>, from letter <paramref name="start"/> to the next group's start (or the last letter); groups are added in ascending order.</summary>
    public void AddNode(int target, int start)
    {
        if (Count == _targets.Length)
        {
            int length = Math.Max(1_024, Count * 2);
            Array.Resize(ref _targets, length);
            Array.Resize(ref _starts, length);
        }

        _targets[Count] = target;
        _starts[Count] = start;
        Count++;
    }

    /// <summary>How many letters group <paramref name="i"/> holds: up to the next group's start, or to the last letter.</summary>
    private int Length(int i) => (i + 1 < Count ? _starts[i + 1] : _total) - _starts[i];
}
