using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Tests.Seeding;

public sealed class CelfTests
{
    [Theory]
    [InlineData(0.1, 1)]
    [InlineData(0.3, 2)]
    [InlineData(0.6, 3)]
    public void With_budget_two_on_a_star_the_centre_comes_first(double p, long masterSeed)
    {
        var estimator = new SpreadEstimator(NetworkGenerators.Star(8), TestModels.IndependentCascade(p), 200, masterSeed);

        int[] picks = Celf.Select(estimator, 2);

        Assert.Equal(0, picks[0]);
        Assert.NotEqual(0, picks[1]);
    }

    [Fact]
    public void Lazy_greedy_picks_what_plain_greedy_picks_on_the_same_simulations()
    {
        var network = NetworkGenerators.BarabasiAlbert(200, 2, seed: 6);
        var estimator = new SpreadEstimator(network, TestModels.IndependentCascade(0.15), 60, masterSeed: 21);

        Assert.Equal(PlainGreedy(estimator, 5), Celf.Select(estimator, 5));
    }

    [Fact]
    public void The_same_inputs_give_the_same_seeds()
    {
        var network = NetworkGenerators.ErdosRenyi(300, 3, seed: 2);

        int[] first = Celf.Select(new SpreadEstimator(network, TestModels.IndependentCascade(0.2), 50, 5), 4);

        Assert.Equal(first, Celf.Select(new SpreadEstimator(network, TestModels.IndependentCascade(0.2), 50, 5), 4));
        Assert.Equal(4, first.Distinct().Count());
    }

    [Fact]
    public void Ties_go_to_the_lower_id()
    {
        var estimator = new SpreadEstimator(new NetworkBuilder(5, directed: true).Build(), TestModels.IndependentCascade(0.5), 10, 1);

        Assert.Equal([0, 1, 2], Celf.Select(estimator, 3));
        Assert.Equal([3, 4], Celf.Select(estimator, 2, [4, 3]));
    }

    [Fact]
    public void Candidates_restrict_the_choice()
    {
        var network = NetworkGenerators.Star(10);
        var estimator = new SpreadEstimator(network, TestModels.IndependentCascade(0.5), 50, 1);

        int[] picks = Celf.Select(estimator, 2, [3, 5, 7]);

        Assert.All(picks, pick => Assert.Contains(pick, new[] { 3, 5, 7 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Celf.Select(estimator, 4, [3, 5, 7]));
    }

    [Fact]
    public void A_ten_thousand_node_barabasi_albert_network_with_a_candidate_limit_completes()
    {
        var network = NetworkGenerators.BarabasiAlbert(10_000, 3, seed: 1);
        var options = new GreedyOptions { Simulations = 100, Candidates = 300 };

        int[] seeds = GreedySeeding.Select(network, TestModels.IndependentCascade(0.05), 10, options, masterSeed: 1);

        Assert.Equal(10, seeds.Distinct().Count());
        Assert.Equal(seeds.Order(), seeds);
        Assert.Subset(CandidatePool.For(network, 10, 300)!.ToHashSet(), seeds.ToHashSet());
    }

    private static int[] PlainGreedy(SpreadEstimator estimator, int k)
    {
        var spread = estimator.StartSeedSet();
        for (int round = 0; round < k; round++)
        {
            var best = Enumerable.Range(0, estimator.Network.NodeCount)
                .Select(node => (Gain: spread.Gain(node), Node: node))
                .OrderByDescending(c => c.Gain)
                .ThenBy(c => c.Node)
                .First();
            spread.Add(best.Node);
        }

        return [.. spread.Seeds];
    }
}
