namespace InfluenceSim.Seeding.Influence;

/// <summary>Orders (score, node) pairs by larger score first, then lower node id (gains of CELF, gains per unit of cost).</summary>
internal sealed class LargestFirst<T> : IComparer<(T Score, int Node)>
    where T : IComparable<T>
{
    public static LargestFirst<T> Instance { get; } = new();

    public int Compare((T Score, int Node) x, (T Score, int Node) y)
    {
        int byScore = y.Score.CompareTo(x.Score);
        return byScore != 0 ? byScore : x.Node.CompareTo(y.Node);
    }
}
