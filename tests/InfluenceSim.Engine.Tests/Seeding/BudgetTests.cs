using InfluenceSim.Engine.Seeding;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;
using InfluenceSim.Seeding.Influence;
using Generators = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>Seeds bought with a budget: what each cost form charges, how ranked strategies and greedy spend, and that no seed set costs more than the budget.</summary>
public sealed class BudgetTests
{
    [Fact]
    public void Each_cost_form_prices_a_star_as_worked_by_hand()
    {
        var star = Generators.Star(5);

        Assert.Equal([1.0, 1, 1, 1, 1], SeedCosts.Of(SeedCost.UnitCost, star));
        Assert.Equal([4.0, 1, 1, 1, 1], SeedCosts.Of(new SeedCost(SeedCost.Degree), star));
        Assert.Equal([2 * 8.0, 2, 2, 2, 2], SeedCosts.Of(new SeedCost(SeedCost.Power, Scale: 2, Exponent: 1.5), star));
        Assert.Equal([0.5, 1, 1, 1, 1], SeedCosts.Of(new SeedCost(SeedCost.Power, Scale: 1, Exponent: -0.5), star));
    }

    [Fact]
    public void A_node_of_out_degree_zero_costs_as_much_as_one_of_degree_one()
    {
        var builder = new NetworkBuilder(3, directed: true);
        builder.AddTie(0, 1);
        builder.AddTie(0, 2);

        Assert.Equal([2.0, 1, 1], SeedCosts.Of(new SeedCost(SeedCost.Degree), builder.Build()));
    }

    [Fact]
    public void A_ranking_is_walked_taking_each_node_that_still_fits()
    {
        double[] costs = [5, 3, 4, 1, 2];

        // Budget 8 along 0, 1, 2, 3, 4: 0 (5), 1 (8), then nothing fits.
        Assert.Equal([0, 1], BudgetSpending.Walk([0, 1, 2, 3, 4], costs, 8));

        // Budget 7 along 2, 0, 4, 3, 1: 2 (4), 0 does not fit, 4 (6), 3 (7), then nothing fits.
        Assert.Equal([2, 3, 4], BudgetSpending.Walk([2, 0, 4, 3, 1], costs, 7));
        Assert.Empty(BudgetSpending.Walk([0, 1, 2], costs, 0.5));
        Assert.Equal(3, BudgetSpending.MostSeeds(costs, 7));
    }

    [Fact]
    public void With_unit_costs_a_budget_of_k_buys_the_k_seeds_a_count_gives()
    {
        var network = Generators.BarabasiAlbert(300, 2, seed: 4);
        var counted = SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec(StrategyNames.Random, Count: 7), network, 21, []);
        var bought = SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec(StrategyNames.Random) { Budget = 7 }, network, 21, []);
        var topCounted = SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec("top-degree", Count: 7), network, 21, []);
        var topBought = SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec("top-degree") { Budget = 7.5 }, network, 21, []);

        for (int replicate = 0; replicate < 5; replicate++)
        {
            Assert.Equal(counted.SeedsOf(replicate), bought.SeedsOf(replicate));
        }

        Assert.Equal(topCounted.SeedsOf(0), topBought.SeedsOf(0));
    }

    [Theory]
    [InlineData(0.0, 12.0)]
    [InlineData(1.0, 40.0)]
    [InlineData(1.5, 75.5)]
    public void No_seed_set_costs_more_than_the_budget(double exponent, double budget)
    {
        var network = Generators.BarabasiAlbert(400, 2, seed: 6);
        var cost = new SeedCost(SeedCost.Power, Scale: 1.3, Exponent: exponent);
        var costs = SeedCosts.Of(cost, network);
        var random = SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec(StrategyNames.Random) { Budget = budget, Cost = cost }, network, 3, []);
        var top = SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec("top-degree") { Budget = budget, Cost = cost }, network, 3, []);
        var model = TestModels.IndependentCascade(0.1);

        for (int replicate = 0; replicate < 10; replicate++)
        {
            AssertWithin(random.SeedsOf(replicate), costs, budget);
        }

        AssertWithin(top.SeedsOf(0), costs, budget);
        AssertWithin(GreedySeeding.SelectWithin(network, model, costs, budget, new GreedyOptions { Simulations = 20 }, 5), costs, budget);
        AssertWithin(GreedySeeding.SelectWithin(network, model, costs, budget, new GreedyOptions { Estimator = InfluenceEstimator.Ris, RrSets = 3_000 }, 5), costs, budget);
    }

    [Theory]
    [InlineData(InfluenceEstimator.Celf)]
    [InlineData(InfluenceEstimator.Ris)]
    public void On_an_undirected_star_priced_by_degree_the_leaves_beat_the_hub(InfluenceEstimator estimator)
    {
        // Centre 0 with leaves 1..4, p = 0.5, budget 4: the hub alone (cost 4) reaches 1 + 4 x 0.5 = 3;
        // the four leaves (cost 1 each) reach 4 + (1 - 0.5^4) = 4.9375. The benefit pass takes the hub
        // (gain 3 against a leaf's 1 + 0.5 + 3 x 0.25 = 2.25) and has nothing left; the per-cost pass
        // takes leaves (2.25 per unit against 0.75) and wins.
        var star = Generators.Star(5);
        var costs = SeedCosts.Of(new SeedCost(SeedCost.Degree), star);

        int[] seeds = GreedySeeding.SelectWithin(star, TestModels.IndependentCascade(0.5), costs, 4, Options(estimator), 7);

        Assert.Equal([1, 2, 3, 4], seeds);
    }

    [Theory]
    [InlineData(InfluenceEstimator.Celf)]
    [InlineData(InfluenceEstimator.Ris)]
    public void On_a_directed_out_star_priced_by_degree_the_hub_beats_the_leaves(InfluenceEstimator estimator)
    {
        // Centre 0 -> leaves 1..4, p = 1, budget 4: the hub (cost 4) reaches all 5; the four leaves
        // (out-degree 0, cost 1 each) reach only themselves, 4.
        var builder = new NetworkBuilder(5, directed: true);
        for (int leaf = 1; leaf <= 4; leaf++)
        {
            builder.AddTie(0, leaf);
        }

        var star = builder.Build();
        var costs = SeedCosts.Of(new SeedCost(SeedCost.Degree), star);

        int[] seeds = GreedySeeding.SelectWithin(star, TestModels.IndependentCascade(1), costs, 4, Options(estimator), 7);

        Assert.Equal([0], seeds);
    }

    [Fact]
    public void The_benefit_pass_wins_when_the_best_ratio_strands_the_budget()
    {
        // Out-star 0 -> 1..6 (the hub costs 6 and reaches 7 at p = 1) and a pair 7 -> 8 (node 7 costs
        // 1 and reaches 2: the best ratio); the other nodes cost 10. Budget 6: the per-cost pass takes
        // 7, then the hub no longer fits and nothing else does (2 in all); the benefit pass takes the hub (7).
        var builder = new NetworkBuilder(9, directed: true);
        for (int leaf = 1; leaf <= 6; leaf++)
        {
            builder.AddTie(0, leaf);
        }

        builder.AddTie(7, 8);
        double[] costs = [6, 10, 10, 10, 10, 10, 10, 1, 10];

        foreach (var estimator in new[] { InfluenceEstimator.Celf, InfluenceEstimator.Ris })
        {
            Assert.Equal([0], GreedySeeding.SelectWithin(builder.Build(), TestModels.IndependentCascade(1), costs, 6, Options(estimator), 1));
        }
    }

    private static GreedyOptions Options(InfluenceEstimator estimator) => new() { Estimator = estimator, Simulations = 400, RrSets = 20_000 };

    private static void AssertWithin(int[] seeds, double[] costs, double budget)
    {
        Assert.Equal(seeds.Distinct().Count(), seeds.Length);
        Assert.NotEmpty(seeds);
        Assert.True(SeedCosts.Spend(seeds, costs) <= budget, $"{seeds.Length} seeds cost {SeedCosts.Spend(seeds, costs)}, more than the budget {budget}");
    }
}
