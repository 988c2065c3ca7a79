namespace InfluenceSim.Engine.Seeding.Influence;

/// <summary>Orders (score, node) pairs by larger score first, then lower node id.</summary>
internal sealed class LargestScoreFirst : IComparer<(double Score, int Node)>
{
    public static LargestScoreFirst Instance { get; } = new();

    public int Compare((double Score, int Node) x, (double Score, int Node) y)
    {
        int byScore = y.Score.CompareTo(x.Score);
        return byScore != 0 ? byScore : x.Node.CompareTo(y.Node);
    }
}
