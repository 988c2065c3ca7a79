using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// <c>complex-contagion</c>: every node not yet adopted adopts at t when at least <see cref="Count"/>
/// of its distinct in-neighbours had adopted by the end of t-1.
/// </summary>
public sealed record ComplexContagionModel(int Count) : OracleModel
{
    public override List<int> NewAdopters(Network network, OracleDraws draws, int replicate, int step, int[] adoptedAt, List<int> lastAdopters)
    {
        var adopting = new List<int>();
        for (int v = 0; v < network.NodeCount; v++)
        {
            if (adoptedAt[v] < 0 && AdoptedInNeighbours(network, v, adoptedAt) >= Count)
            {
                adopting.Add(v);
            }
        }

        return adopting;
    }

    private static int AdoptedInNeighbours(Network network, int v, int[] adoptedAt)
    {
        int adopted = 0;
        foreach (int u in network.InNeighbours(v))
        {
            if (adoptedAt[u] >= 0)
            {
                adopted++;
            }
        }

        return adopted;
    }
}
