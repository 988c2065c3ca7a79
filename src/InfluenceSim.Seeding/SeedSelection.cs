using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Seeding;

/// <summary>The seeding strategies of docs/seeding.md as pure functions of the network, the master seed and the replicate.</summary>
public static class SeedSelection
{
    /// <summary>
    /// How many seeds a count or fraction asks for: the count, or round(fraction x nodes) (halves
    /// away from zero) but at least 1 when the fraction is positive.
    /// </summary>
    public static int SeedCount(int? count, double? fraction, int nodes)
    {
        if (count is { } k)
        {
            return k;
        }

        double f = fraction ?? 0;
        int rounded = (int)Math.Round(f * nodes, MidpointRounding.AwayFromZero);
        return f > 0 ? Math.Max(1, rounded) : rounded;
    }

    /// <summary>The <paramref name="k"/> nodes with the smallest <c>draw(SEEDING, r, 0, node, 0)</c>, ties by id, in ascending id order.</summary>
    public static int[] Random(int nodes, int k, Draws draws, int replicate) =>
        SmallestDraws.OfEveryNode(nodes, k, draws, DrawPurpose.Seeding, replicate, 0);

    /// <summary>Every node by increasing <c>draw(SEEDING, r, 0, node, 0)</c>, ties by lower id: the order random seeding spends a budget in.</summary>
    public static IEnumerable<int> DrawOrder(int nodes, Draws draws, int replicate) =>
        Enumerable.Range(0, nodes).Select(node => (Draw: draws.Draw(DrawPurpose.Seeding, replicate, 0, node, 0), Node: node)).Order().Select(x => x.Node);

    /// <summary>The <paramref name="k"/> nodes of highest out-degree, ties by lower id, in ascending id order.</summary>
    public static int[] TopDegree(Network network, int k)
    {
        var order = Enumerable.Range(0, network.NodeCount)
            .OrderByDescending(network.OutDegree)
            .ThenBy(node => node)
            .Take(k)
            .ToArray();
        Array.Sort(order);
        return order;
    }
}
