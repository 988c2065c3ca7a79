using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>What a node sees of its in-ties in the state at the end of the previous step.</summary>
public static class OracleTies
{
    /// <summary>
    /// The weight of the adopted in-ties over the weight of all in-ties, both summed in ascending
    /// source id order (NaN for a node without in-ties).
    /// </summary>
    public static double Share(Network network, int v, int[] adoptedAt)
    {
        int[] sources = network.InNeighbours(v).ToArray();
        double[] weights = network.InWeights(v).ToArray();
        Array.Sort(sources, weights);
        double adopted = 0;
        double total = 0;
        for (int i = 0; i < sources.Length; i++)
        {
            total += weights[i];
            if (adoptedAt[sources[i]] >= 0)
            {
                adopted += weights[i];
            }
        }

        return adopted / total;
    }

    /// <summary>How many in-ties of <paramref name="v"/> have adopted.</summary>
    public static int Adopted(Network network, int v, int[] adoptedAt)
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

    /// <summary>The lowest-id in-tie of <paramref name="v"/> whose adoption step passes <paramref name="when"/>, or -1.</summary>
    public static int LowestAdopted(Network network, int v, int[] adoptedAt, Func<int, bool> when)
    {
        int lowest = -1;
        foreach (int u in network.InNeighbours(v))
        {
            if (adoptedAt[u] >= 0 && when(adoptedAt[u]) && (lowest < 0 || u < lowest))
            {
                lowest = u;
            }
        }

        return lowest;
    }
}
