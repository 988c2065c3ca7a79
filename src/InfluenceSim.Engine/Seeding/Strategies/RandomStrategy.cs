using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;

namespace InfluenceSim.Engine.Seeding.Strategies;

/// <summary><c>random</c>: the k nodes with the smallest <c>draw(SEEDING, r, 0, node, 0)</c>, drawn again in every replicate; the baseline of <c>compare-seeding</c>.</summary>
public sealed class RandomStrategy() : PlanningStrategy(StrategyNames.Random)
{
    public override string Summary => "the k nodes with the smallest draw(SEEDING, r, 0, node, 0), per replicate";

    public override Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(Plan(context.Seeding, context.Network, context.MasterSeed));
    }

    /// <summary>
    /// Random seeds of <paramref name="seeding"/>'s size; a budget is spent walking the replicate's
    /// <c>draw(SEEDING, r, 0, node, 0)</c> order (smallest first, ties by id), taking each node that still fits.
    /// </summary>
    public static SeedPlan Plan(SeedingSpec seeding, Network network, long masterSeed)
    {
        ArgumentNullException.ThrowIfNull(seeding);
        ArgumentNullException.ThrowIfNull(network);
        var draws = new Draws(masterSeed);
        if (seeding.Budget is { } budget)
        {
            var costs = SeedCosts.Of(seeding.Cost, network);
            return SeedPlan.PerReplicate(replicate => BudgetSpending.Walk(SeedSelection.DrawOrder(network.NodeCount, draws, replicate), costs, budget));
        }

        int nodes = network.NodeCount;
        int k = SeedSelection.SeedCount(seeding.Count, seeding.Fraction, nodes);
        return SeedPlan.PerReplicate(replicate => SeedSelection.Random(nodes, k, draws, replicate));
    }
}
