using System.Numerics;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>
/// Exact spreads on small graphs by enumerating every live-edge graph (Kempe, Kleinberg and Tardos
/// 2003): independent cascade keeps each tie with probability p (2^m graphs); linear threshold with
/// uniform thresholds and unit weights lets each node keep one in-tie, each with probability
/// 1 / in-degree. The expected spread of S is the mean number of nodes reachable from S.
/// </summary>
internal static class LiveEdgeWorlds
{
    /// <summary>Independent cascade with every tie live with probability <paramref name="p"/>.</summary>
    public static List<LiveEdgeWorld> IndependentCascade(Network network, double p) => IndependentCascade(network, (_, _) => p);

    /// <summary>Independent cascade with tie u -> v live with its own probability <paramref name="p"/>(u, v).</summary>
    public static List<LiveEdgeWorld> IndependentCascade(Network network, Func<int, int, double> p)
    {
        var ties = network.Ties().ToArray();
        Assert.True(ties.Length <= 16 && network.NodeCount <= 32, "too large to enumerate");
        var worlds = new List<LiveEdgeWorld>(1 << ties.Length);
        for (int live = 0; live < 1 << ties.Length; live++)
        {
            var outMasks = new uint[network.NodeCount];
            double probability = 1;
            for (int t = 0; t < ties.Length; t++)
            {
                double q = p(ties[t].Source, ties[t].Target);
                if ((live & (1 << t)) != 0)
                {
                    outMasks[ties[t].Source] |= 1u << ties[t].Target;
                    probability *= q;
                }
                else
                {
                    probability *= 1 - q;
                }
            }

            worlds.Add(new LiveEdgeWorld(probability, Reaches(outMasks)));
        }

        return worlds;
    }

    public static List<LiveEdgeWorld> UniformThreshold(Network network)
    {
        Assert.True(network.NodeCount <= 32 && network.Unweighted);
        var worlds = new List<LiveEdgeWorld>();
        var choice = new int[network.NodeCount];
        while (true)
        {
            var outMasks = new uint[network.NodeCount];
            double probability = 1;
            for (int v = 0; v < network.NodeCount; v++)
            {
                var sources = network.InNeighbours(v);
                if (!sources.IsEmpty)
                {
                    outMasks[sources[choice[v]]] |= 1u << v;
                    probability /= sources.Length;
                }
            }

            worlds.Add(new LiveEdgeWorld(probability, Reaches(outMasks)));
            if (!Advance(network, choice))
            {
                return worlds;
            }
        }
    }

    /// <summary>The exact mean and variance of the number of nodes reached from <paramref name="seeds"/>.</summary>
    public static (double Mean, double Variance) Spread(IEnumerable<LiveEdgeWorld> worlds, params int[] seeds)
    {
        double mean = 0;
        double square = 0;
        foreach (var world in worlds)
        {
            uint reached = 0;
            foreach (int seed in seeds)
            {
                reached |= world.Reach[seed];
            }

            int count = BitOperations.PopCount(reached);
            mean += world.Probability * count;
            square += world.Probability * count * count;
        }

        return (mean, square - (mean * mean));
    }

    /// <summary>Every seed set of size k (ascending ids) with its exact spread.</summary>
    public static Dictionary<string, double> AllSpreads(List<LiveEdgeWorld> worlds, int nodes, int k) =>
        Combinations(nodes, k).ToDictionary(set => string.Join(',', set), set => Spread(worlds, set).Mean);

    private static IEnumerable<int[]> Combinations(int nodes, int k)
    {
        for (uint mask = 0; mask < 1u << nodes; mask++)
        {
            if (BitOperations.PopCount(mask) == k)
            {
                yield return [.. Enumerable.Range(0, nodes).Where(node => (mask & (1u << node)) != 0)];
            }
        }
    }

    private static bool Advance(Network network, int[] choice)
    {
        for (int v = 0; v < choice.Length; v++)
        {
            if (network.InDegree(v) > 1)
            {
                if (++choice[v] < network.InDegree(v))
                {
                    return true;
                }

                choice[v] = 0;
            }
        }

        return false;
    }

    private static uint[] Reaches(uint[] outMasks)
    {
        var reach = new uint[outMasks.Length];
        for (int u = 0; u < outMasks.Length; u++)
        {
            uint reached = 1u << u;
            uint previous = 0;
            while (reached != previous)
            {
                previous = reached;
                for (int v = 0; v < outMasks.Length; v++)
                {
                    if ((previous & (1u << v)) != 0)
                    {
                        reached |= outMasks[v];
                    }
                }
            }

            reach[u] = reached;
        }

        return reach;
    }
}
