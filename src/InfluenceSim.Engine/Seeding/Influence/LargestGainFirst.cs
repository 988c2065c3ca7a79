namespace InfluenceSim.Engine.Seeding.Influence;

/// <summary>Orders (gain, node) pairs by larger gain first, then lower node id.</summary>
internal sealed class LargestGainFirst : IComparer<(long Gain, int Node)>
{
    public static LargestGainFirst Instance { get; } = new();

    public int Compare((long Gain, int Node) x, (long Gain, int Node) y)
    {
        int byGain = y.Gain.CompareTo(x.Gain);
        return byGain != 0 ? byGain : x.Node.CompareTo(y.Node);
    }
}
