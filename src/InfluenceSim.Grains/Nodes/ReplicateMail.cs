namespace InfluenceSim.Grains.Nodes;

/// <summary>One replicate's mail for a node: distinct senders ascending, each with the root and depth of its adoption.</summary>
internal sealed class ReplicateMail(int replicate)
{
    private readonly List<int> _senders = [];
    private readonly List<int> _roots = [];
    private readonly List<int> _depths = [];

    public int Replicate { get; } = replicate;

    public ReadOnlySpan<int> Senders => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_senders);

    public ReadOnlySpan<int> Roots => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_roots);

    public ReadOnlySpan<int> Depths => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_depths);

    /// <summary>Adds an entry in ascending sender order; the no-mail marker and repeats are dropped.</summary>
    public void Add(int sender, int root, int depth)
    {
        if (sender < 0 || (_senders.Count > 0 && _senders[^1] == sender))
        {
            return;
        }

        _senders.Add(sender);
        _roots.Add(root);
        _depths.Add(depth);
    }
}
