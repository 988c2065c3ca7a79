using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Tests.Seeding;

public sealed class SpreadEstimatorTests
{
    private static readonly int[][] SeedSets = [[0], [5], [3, 17], [1, 2, 3, 40], [7, 7], []];

    public static TheoryData<string> Thresholds => ["0.3", "uniform", "normal", "weighted-normal"];

    [Fact]
    public void The_estimator_seed_is_mix_of_the_master_seed_xor_greed()
    {
        Assert.Equal(0x6772656564, EstimatorSeed.Salt);
        Assert.Equal(unchecked((long)Draws.Mix(42UL ^ 0x6772656564UL)), EstimatorSeed.Derive(42));
        Assert.Equal(EstimatorSeed.Derive(42), new SpreadEstimator(NetworkGenerators.Star(3), TestModels.IndependentCascade(0.5), 1, 42).Seed);
        Assert.NotEqual(42, EstimatorSeed.Derive(42));
    }

    [Fact]
    public void Independent_cascade_simulations_follow_the_documented_coins()
    {
        var network = NetworkGenerators.ErdosRenyi(60, 4, seed: 3);
        var estimator = new SpreadEstimator(network, TestModels.IndependentCascade(0.35), 40, masterSeed: 11);

        for (int simulation = 0; simulation < estimator.Simulations; simulation++)
        {
            foreach (int[] seeds in SeedSets)
            {
                Assert.Equal(ReferenceCascades.IndependentCascade(network, 0.35, estimator.Seed, simulation, seeds), estimator.Simulate(seeds, simulation));
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(TieRule.WeightedCascade)]
    [InlineData(TieRule.Trivalency)]
    [InlineData(TieRule.FromWeight)]
    public void Independent_cascade_simulations_with_prescribing_steps_follow_each_ties_attempt_coins(TieRule? rule)
    {
        // The estimate uses L = 3 coins per tie, keyed by attempt, and the run's p(u, v).
        var builder = new NetworkBuilder(60, directed: true);
        var weights = new Draws(9);
        foreach (var (u, v, _) in NetworkGenerators.ErdosRenyi(60, 4, seed: 3).Ties())
        {
            builder.AddTie(u, v, 0.05 + (0.3 * weights.Draw(DrawPurpose.Trait, 0, 0, u, v)));
        }

        var network = builder.Build();
        var parameters = new Dictionary<string, Distribution> { ["prescribing-steps"] = Distribution.Constant(3) };
        if (rule is null)
        {
            parameters["probability"] = Distribution.Constant(0.2);
        }

        var model = new ModelSettings(ModelCatalogue.IndependentCascade, parameters) { ProbabilityRule = rule ?? TieRule.Number };
        var master = new Draws(11);
        Func<int, int, double> p = rule switch
        {
            null => (_, _) => 0.2,
            TieRule.WeightedCascade => (_, v) => 1.0 / network.InDegree(v),
            TieRule.FromWeight => (u, v) => network.OutWeights(u)[network.OutNeighbours(u).IndexOf(v)],
            _ => (u, v) => master.Draw((DrawPurpose)9, 0, 0, u, v) switch { < 1.0 / 3 => 0.1, < 2.0 / 3 => 0.01, _ => 0.001 },
        };
        var estimator = new SpreadEstimator(network, model, 20, masterSeed: 11);

        for (int simulation = 0; simulation < estimator.Simulations; simulation++)
        {
            foreach (int[] seeds in SeedSets)
            {
                Assert.Equal(ReferenceCascades.IndependentCascade(network, p, 3, estimator.Seed, simulation, seeds), estimator.Simulate(seeds, simulation));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public void Linear_threshold_simulations_follow_the_documented_rule(string threshold)
    {
        var (network, distribution) = ThresholdCase(threshold);
        var estimator = new SpreadEstimator(network, TestModels.LinearThreshold(distribution), 30, masterSeed: 5);

        for (int simulation = 0; simulation < estimator.Simulations; simulation++)
        {
            foreach (int[] seeds in SeedSets)
            {
                Assert.Equal(ReferenceCascades.LinearThreshold(network, distribution, estimator.Seed, simulation, seeds), estimator.Simulate(seeds, simulation));
            }
        }
    }

    [Theory]
    [InlineData(0.5, 4)]
    [InlineData(0.6, 1)]
    public void Linear_threshold_on_a_path_tips_only_at_half(double threshold, int adopters)
    {
        var estimator = new SpreadEstimator(NetworkGenerators.Path(4), TestModels.LinearThreshold(Distribution.Constant(threshold)), 3, masterSeed: 1);

        Assert.Equal(adopters, estimator.Estimate([0]));
    }

    [Fact]
    public void Threshold_zero_nodes_with_in_ties_adopt_without_seeds()
    {
        var builder = new NetworkBuilder(4, directed: true);
        builder.AddTie(0, 1);
        builder.AddTie(1, 2);
        var estimator = new SpreadEstimator(builder.Build(), TestModels.LinearThreshold(Distribution.Constant(0)), 2, masterSeed: 1);

        Assert.Equal(2, estimator.Estimate([]));
        Assert.Equal(3, estimator.Estimate([0]));
        Assert.Equal(3, estimator.Estimate([3]));
    }

    [Fact]
    public void Probability_one_reaches_the_component_and_zero_only_the_seeds()
    {
        var network = NetworkGenerators.Path(6);

        Assert.Equal(6, new SpreadEstimator(network, TestModels.IndependentCascade(1), 5, 1).Estimate([2]));
        Assert.Equal(2, new SpreadEstimator(network, TestModels.IndependentCascade(0), 5, 1).Estimate([2, 4]));
    }

    [Theory]
    [InlineData("ic")]
    [InlineData("0.3")]
    [InlineData("uniform")]
    [InlineData("normal")]
    [InlineData("weighted-normal")]
    public void Incremental_gains_equal_differences_of_whole_simulations(string model)
    {
        var (network, distribution) = ThresholdCase(model == "ic" ? "uniform" : model);
        var settings = model == "ic" ? TestModels.IndependentCascade(0.3) : TestModels.LinearThreshold(distribution);
        var estimator = new SpreadEstimator(network, settings, 25, masterSeed: 9);
        var spread = estimator.StartSeedSet();
        var chosen = new List<int>();
        Assert.Equal(Sum(estimator, chosen), spread.Total);

        foreach (int node in new[] { 4, 31, 4, 12, 50, 0 })
        {
            foreach (int probe in new[] { 1, 4, 20, 33, 59 })
            {
                Assert.Equal(Sum(estimator, [.. chosen, probe]) - Sum(estimator, chosen), spread.Gain(probe));
            }

            spread.Add(node);
            chosen.Add(node);
            Assert.Equal(Sum(estimator, chosen), spread.Total);
            Assert.Equal(estimator.Estimate([.. chosen]), spread.Mean);
        }
    }

    [Fact]
    public void Estimates_are_a_pure_function_of_the_inputs()
    {
        var network = NetworkGenerators.BarabasiAlbert(300, 2, seed: 4);
        double first = new SpreadEstimator(network, TestModels.IndependentCascade(0.2), 50, 77).Estimate([0, 1, 2]);

        Assert.Equal(first, new SpreadEstimator(network, TestModels.IndependentCascade(0.2), 50, 77).Estimate([0, 1, 2]));
        Assert.NotEqual(first, new SpreadEstimator(network, TestModels.IndependentCascade(0.2), 50, 78).Estimate([0, 1, 2]));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var network = NetworkGenerators.Star(3);
        var estimator = new SpreadEstimator(network, TestModels.IndependentCascade(0.5), 2, 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => new SpreadEstimator(network, TestModels.IndependentCascade(0.5), 0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => estimator.Estimate([3]));
        Assert.Throws<ArgumentOutOfRangeException>(() => estimator.Simulate([0], 2));
        Assert.Throws<ArgumentException>(() => new SpreadEstimator(network, TestModels.IndependentCascade(0.5) with { Definition = ModelRegistry.BuiltIn.Get("bass") }, 2, 1));
    }

    private static long Sum(SpreadEstimator estimator, List<int> seeds)
    {
        long total = 0;
        for (int simulation = 0; simulation < estimator.Simulations; simulation++)
        {
            total += estimator.Simulate([.. seeds], simulation);
        }

        return total;
    }

    private static (Network Network, Distribution Threshold) ThresholdCase(string name) => name switch
    {
        "0.3" => (NetworkGenerators.ErdosRenyi(60, 4, seed: 8), Distribution.Constant(0.3)),
        "uniform" => (NetworkGenerators.ErdosRenyi(60, 4, seed: 8), Distribution.Uniform(0, 1)),
        "normal" => (NetworkGenerators.ErdosRenyi(60, 4, seed: 8), Distribution.Normal(0.3, 0.2)),
        _ => (Weighted(60, seed: 8), Distribution.Normal(0.35, 0.2)),
    };

    private static Network Weighted(int nodes, long seed)
    {
        var source = NetworkGenerators.ErdosRenyi(nodes, 4, seed);
        var builder = new NetworkBuilder(nodes, directed: true);
        foreach (var (from, to, _) in source.Ties())
        {
            builder.AddTie(from, to, 1 + ((((from * 7) + (to * 3)) % 5) * 0.25));
        }

        return builder.Build();
    }
}
