namespace InfluenceSim.Seeding;

/// <summary>
/// How a ranked strategy spends a budget: walk the ranking and take each node that still fits what
/// is left, until no node fits (docs/seeding.md, "Budgets and costs"). The seeds never cost more
/// than the budget.
/// </summary>
public static class BudgetSpending
{
    /// <summary>The nodes taken from <paramref name="ranking"/> (best first), in ascending id order.</summary>
    public static int[] Walk(IEnumerable<int> ranking, IReadOnlyList<double> costs, double budget)
    {
        ArgumentNullException.ThrowIfNull(ranking);
        ArgumentNullException.ThrowIfNull(costs);
        double cheapest = costs.Count == 0 ? double.PositiveInfinity : costs.Min();
        double spent = 0;
        var taken = new List<int>();
        foreach (int node in ranking)
        {
            if (spent + cheapest > budget)
            {
                break;
            }

            if (spent + costs[node] <= budget)
            {
                spent += costs[node];
                taken.Add(node);
            }
        }

        int[] seeds = [.. taken];
        Array.Sort(seeds);
        return seeds;
    }

    /// <summary>The most seeds <paramref name="budget"/> can buy: how many of the cheapest nodes fit together.</summary>
    public static int MostSeeds(IReadOnlyList<double> costs, double budget)
    {
        ArgumentNullException.ThrowIfNull(costs);
        var sorted = costs.ToArray();
        Array.Sort(sorted);
        double spent = 0;
        int count = 0;
        while (count < sorted.Length && spent + sorted[count] <= budget)
        {
            spent += sorted[count++];
        }

        return count;
    }
}
