using System.Runtime.InteropServices;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// One sampling thread's record of which nodes the set being drawn already holds. A small set is
/// scanned (below the epidemic threshold most sets hold a node or two, and a scan costs less than a
/// cache miss on a mark per node); from <see cref="ScanLimit"/> members on, nodes are stamped in
/// <c>n</c> marks instead.
/// </summary>
internal sealed class SamplerScratch(int nodes)
{
    /// <summary>Members up to which a set is scanned rather than marked.</summary>
    public const int ScanLimit = 16;

    private readonly int[] _mark = new int[nodes];
    private int _stamp;
    private bool _marking;

    /// <summary>Starts a new set.</summary>
    public void Begin() => _marking = false;

    /// <summary>Appends <paramref name="node"/> to the set (which starts at <paramref name="first"/> in <paramref name="members"/>) unless it holds it already; whether it was added.</summary>
    public bool Add(int node, int first, List<int> members)
    {
        if (_marking)
        {
            if (_mark[node] == _stamp)
            {
                return false;
            }

            _mark[node] = _stamp;
            members.Add(node);
            return true;
        }

        var set = CollectionsMarshal.AsSpan(members)[first..];
        if (set.Contains(node))
        {
            return false;
        }

        members.Add(node);
        if (set.Length + 1 >= ScanLimit)
        {
            StartMarking(CollectionsMarshal.AsSpan(members)[first..]);
        }

        return true;
    }

    private void StartMarking(ReadOnlySpan<int> set)
    {
        if (_stamp == int.MaxValue)
        {
            Array.Clear(_mark);
            _stamp = 0;
        }

        _stamp++;
        _marking = true;
        foreach (int node in set)
        {
            _mark[node] = _stamp;
        }
    }
}
