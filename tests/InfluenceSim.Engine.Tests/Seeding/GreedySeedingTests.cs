using InfluenceSim.Networks.Generators;
using InfluenceSim.Seeding;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Tests.Seeding;

public sealed class GreedySeedingTests
{
    [Fact]
    public void Seeds_come_back_in_ascending_order()
    {
        var network = NetworkGenerators.BarabasiAlbert(400, 2, seed: 9);

        foreach (var estimator in new[] { InfluenceEstimator.Celf, InfluenceEstimator.Ris })
        {
            int[] seeds = GreedySeeding.Select(network, TestModels.IndependentCascade(0.1), 6, new GreedyOptions { Estimator = estimator, Simulations = 50, RrSets = 4_000 }, 2);

            Assert.Equal(seeds.Order(), seeds);
            Assert.Equal(6, seeds.Distinct().Count());
        }
    }

    [Fact]
    public void Zero_seeds_is_an_empty_set_and_more_than_the_network_is_refused()
    {
        var star = NetworkGenerators.Star(4);

        Assert.Empty(GreedySeeding.Select(star, TestModels.IndependentCascade(0.1), 0, new GreedyOptions(), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => GreedySeeding.Select(star, TestModels.IndependentCascade(0.1), 5, new GreedyOptions(), 1));
    }

    [Fact]
    public void The_candidate_pool_is_the_top_degree_order_and_keeps_at_least_k()
    {
        var network = NetworkGenerators.BarabasiAlbert(100, 2, seed: 1);

        Assert.Null(CandidatePool.For(network, 3, null));
        Assert.Null(CandidatePool.For(network, 3, 100));
        Assert.Equal(SeedSelection.TopDegree(network, 10), CandidatePool.For(network, 3, 10));
        Assert.Equal(SeedSelection.TopDegree(network, 12), CandidatePool.For(network, 12, 10));
    }

    [Fact]
    public void Options_read_the_scenario_names_and_state_the_defaults()
    {
        var defaults = new GreedyOptions();

        Assert.Equal(InfluenceEstimator.Celf, defaults.Estimator);
        Assert.Equal(200, defaults.Simulations);
        Assert.Equal(30_000, defaults.RrSetsFor(3));
        Assert.Null(defaults.Candidates);
        Assert.Equal(new GreedyOptions { Estimator = InfluenceEstimator.Ris, Simulations = 10, RrSets = 7, Candidates = 3 }, GreedyOptions.From("ris", 10, 7, 3));
        Assert.Equal(7, GreedyOptions.From("celf", 10, 7, null).RrSetsFor(3));
        Assert.Throws<ArgumentException>(() => GreedyOptions.From("greedy", 10, null, null));
    }
}
