namespace InfluenceSim.Networks.Centrality;

/// <summary>What one Brandes search knows of a node: distance from the source (-1 unreached), shortest-path count, dependency.</summary>
internal struct BrandesNodeState(int distance, double paths)
{
    public static readonly BrandesNodeState Unreached = new(-1, 0);

    public int Distance = distance;

    public double Paths = paths;

    public double Dependency;
}
