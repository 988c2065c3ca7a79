using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary>
/// A strategy that ranks nodes: a count takes the best ones, a budget walks the whole ranking
/// taking each node that still fits (<see cref="BudgetSpending.Walk"/>; docs/seeding.md, "Budgets and costs").
/// </summary>
/// <param name="name">The strategy's name.</param>
public abstract class RankingStrategy(string name) : PlanningStrategy(name)
{
    public override async Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Seeding.Budget is { } budget)
        {
            var costs = context.Costs();
            return SeedPlan.Fixed(BudgetSpending.Walk(await RankAsync(context, context.Network.NodeCount, cancellationToken), costs, budget));
        }

        int[] seeds = [.. await RankAsync(context, context.SeedCount, cancellationToken)];
        Array.Sort(seeds);
        return SeedPlan.Fixed(seeds);
    }

    /// <summary>The best <paramref name="take"/> nodes, best first.</summary>
    protected abstract ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken);
}
