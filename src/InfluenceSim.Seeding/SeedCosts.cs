using System.Globalization;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Seeding;

/// <summary>Every node's price under <c>seeding.cost</c> (docs/seeding.md, "Budgets and costs"), and what a seed set costs.</summary>
public static class SeedCosts
{
    /// <summary>
    /// Each node's cost (index = node id): 1; max(1, out-degree); scale x max(1, out-degree)^exponent;
    /// or the node attribute's value, which must be a positive number for every node.
    /// </summary>
    public static double[] Of(SeedCost cost, Network network)
    {
        ArgumentNullException.ThrowIfNull(cost);
        ArgumentNullException.ThrowIfNull(network);
        var costs = new double[network.NodeCount];
        for (int node = 0; node < costs.Length; node++)
        {
            costs[node] = cost.Kind switch
            {
                SeedCost.Unit => 1,
                SeedCost.Degree => Math.Max(1, network.OutDegree(node)),
                SeedCost.Power => cost.Scale * Math.Pow(Math.Max(1, network.OutDegree(node)), cost.Exponent),
                SeedCost.AttributeKind => AttributeCost(network, cost.Attribute!, node),
                _ => throw new ArgumentException($"unknown cost kind '{cost.Kind}'", nameof(cost)),
            };
        }

        return costs;
    }

    /// <summary>The first node (in id order) whose attribute cost is missing or not a positive number, with its text; null when every node has one.</summary>
    public static (int Node, string? Text)? FirstInvalid(Network network, string attribute)
    {
        ArgumentNullException.ThrowIfNull(network);
        var texts = network.NodeAttributes.GetValueOrDefault(attribute);
        for (int node = 0; node < network.NodeCount; node++)
        {
            string? text = texts?[node];
            if (!IsPositive(text))
            {
                return (node, text);
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="text"/> is a finite number greater than 0.</summary>
    public static bool IsPositive(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value > 0;

    /// <summary>What the seeds cost together, summed in the order given.</summary>
    public static double Spend(ReadOnlySpan<int> seeds, IReadOnlyList<double> costs)
    {
        ArgumentNullException.ThrowIfNull(costs);
        double spent = 0;
        foreach (int seed in seeds)
        {
            spent += costs[seed];
        }

        return spent;
    }

    private static double AttributeCost(Network network, string attribute, int node)
    {
        string? text = network.NodeAttributes.GetValueOrDefault(attribute)?[node];
        return IsPositive(text)
            ? double.Parse(text!, NumberStyles.Float, CultureInfo.InvariantCulture)
            : throw new ArgumentException($"node {network.LabelOf(node)} has no positive '{attribute}' cost (found '{text}')", nameof(network));
    }
}
