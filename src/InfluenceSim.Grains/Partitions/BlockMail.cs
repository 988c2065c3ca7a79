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
    private readonly List<(int Target, int Start, int Count)> _nodes = [];
    private long[] _keys = [];
    private Letter[] _letters = [];

    /// <summary>How many nodes have mail.</summary>
    public int Count => _nodes.Count;

    /// <summary>The node of group <paramref name="i"/>.</summary>
    public int Target(int i) => _nodes[i].Target;

    /// <summary>The sort keys of group <paramref name="i"/>, in the order the letters were added (<see cref="SortedMail.ReplicateOf"/> reads their replicates).</summary>
    public ReadOnlySpan<long> Keys(int i)
    {
        var (_, start, count) = _nodes[i];
        return _keys.AsSpan(start, count);
    }

    /// <summary>Group <paramref name="i"/> sorted (in place); the view is valid until the mail is refilled.</summary>
    public SortedMail Sorted(int i)
    {
        var (_, start, count) = _nodes[i];
        return SortedMail.Sort(_keys.AsSpan(start, count), _letters.AsSpan(start, count));
    }

    /// <summary>Empties the mail and makes room for <paramref name="letters"/> letters; answers the arrays to fill.</summary>
    public (long[] Keys, Letter[] Letters) Refill(int letters)
    {
        _nodes.Clear();
        if (_keys.Length < letters)
        {
            _keys = new long[Math.Max(letters, _keys.Length * 2)];
            _letters = new Letter[_keys.Length];
        }

        return (_keys, _letters);
    }

    /// <summary>Adds the group of <paramref name="target"/>: letters <paramref name="start"/> .. + <paramref name="count"/> - 1.</summary>
    public void AddNode(int target, int start, int count) => _nodes.Add((target, start, count));
}
