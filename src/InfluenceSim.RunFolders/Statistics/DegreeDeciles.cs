using System.Runtime.CompilerServices;
using InfluenceSim.Networks;

namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// A node's out-degree decile in its network: 1 + floor(10 x (share of nodes with a strictly lower
/// out-degree)), at most 10; so decile 10 holds the best-connected nodes.
/// </summary>
public sealed class DegreeDeciles
{
    private static readonly ConditionalWeakTable<Network, DegreeDeciles> Cache = [];

    private readonly Network _network;
    private readonly int[] _lowerCount;

    public DegreeDeciles(Network network)
    {
        _network = network;
        int maxDegree = 0;
        for (int v = 0; v < network.NodeCount; v++)
        {
            maxDegree = Math.Max(maxDegree, network.OutDegree(v));
        }

        var counts = new int[maxDegree + 2];
        for (int v = 0; v < network.NodeCount; v++)
        {
            counts[network.OutDegree(v) + 1]++;
        }

        for (int d = 1; d < counts.Length; d++)
        {
            counts[d] += counts[d - 1];
        }

        _lowerCount = counts;
    }

    /// <summary>The deciles of a network, computed once per network.</summary>
    public static DegreeDeciles Of(Network network) => Cache.GetValue(network, n => new DegreeDeciles(n));

    /// <summary>The decile (1..10) of a node's out-degree.</summary>
    public int Of(int node) => Math.Min(10, 1 + (int)(10L * _lowerCount[_network.OutDegree(node)] / _network.NodeCount));
}
