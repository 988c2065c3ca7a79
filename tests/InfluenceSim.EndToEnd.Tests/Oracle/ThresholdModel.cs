using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// <c>linear-threshold</c>: every node not yet adopted and with in-ties adopts at t when the weight of
/// its in-ties adopted by the end of t-1 (summed in ascending source id order), over the sum of all
/// its in-weights (same order), is at least its threshold, trait 0 drawn with TRAIT and clipped to [0, 1].
/// Every node is looked at every step, so threshold 0 needs no special case.
/// </summary>
public sealed record ThresholdModel(OracleThreshold Threshold) : OracleModel
{
    public override List<int> NewAdopters(Network network, OracleDraws draws, int replicate, int step, int[] adoptedAt, List<int> lastAdopters)
    {
        var adopting = new List<int>();
        for (int v = 0; v < network.NodeCount; v++)
        {
            if (adoptedAt[v] < 0 && network.InDegree(v) > 0 && Share(network, v, adoptedAt) >= ThresholdOf(draws, replicate, v))
            {
                adopting.Add(v);
            }
        }

        return adopting;
    }

    private double ThresholdOf(OracleDraws draws, int replicate, int node) =>
        Math.Clamp(Threshold.ValueFor(draws.Draw(OracleDraws.Trait, replicate, 0, node, 0)), 0, 1);

    private static double Share(Network network, int v, int[] adoptedAt)
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
}
