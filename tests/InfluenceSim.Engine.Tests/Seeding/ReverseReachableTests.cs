using InfluenceSim.Models.Distributions;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Tests.Seeding;

public sealed class ReverseReachableTests
{
    [Theory]
    [InlineData(0.1, 1)]
    [InlineData(0.3, 2)]
    [InlineData(0.6, 3)]
    public void Agrees_with_celf_on_the_star(double p, long masterSeed)
    {
        var star = NetworkGenerators.Star(8);
        var model = TestModels.IndependentCascade(p);

        int[] ris = ReverseReachable.Select(ReverseReachableSets.Sample(star, model, 20_000, masterSeed), 2);
        int[] celf = Celf.Select(new SpreadEstimator(star, model, 200, masterSeed), 2);

        Assert.Equal(0, ris[0]);
        Assert.Equal(celf[0], ris[0]);
        Assert.NotEqual(0, ris[1]);
        Assert.Equal([0], GreedySeeding.Select(star, model, 1, new GreedyOptions { Estimator = InfluenceEstimator.Ris }, masterSeed));
        Assert.Equal([0], GreedySeeding.Select(star, model, 1, new GreedyOptions(), masterSeed));
    }

    [Theory]
    [InlineData(InfluenceEstimator.Celf, false)]
    [InlineData(InfluenceEstimator.Ris, false)]
    [InlineData(InfluenceEstimator.Celf, true)]
    [InlineData(InfluenceEstimator.Ris, true)]
    public void Both_estimators_pick_both_centres_of_two_stars(InfluenceEstimator estimator, bool threshold)
    {
        var builder = new NetworkBuilder(12, directed: false);
        for (int leaf = 2; leaf < 7; leaf++)
        {
            builder.AddTie(0, leaf);
            builder.AddTie(1, leaf + 5);
        }

        var model = threshold ? TestModels.UniformThreshold : TestModels.IndependentCascade(0.4);

        Assert.Equal([0, 1], GreedySeeding.Select(builder.Build(), model, 2, new GreedyOptions { Estimator = estimator }, masterSeed: 3));
    }

    [Fact]
    public void Each_set_starts_at_its_root_and_holds_nodes_that_reach_it()
    {
        var path = NetworkGenerators.Path(30);
        var sets = ReverseReachableSets.Sample(path, TestModels.IndependentCascade(0.5), 500, masterSeed: 4);

        Assert.Equal(500, sets.Count);
        for (int set = 0; set < sets.Count; set++)
        {
            var members = sets.Set(set).ToArray();
            Assert.Equal(members.Length, members.Distinct().Count());
            Assert.Equal(members.Max() - members.Min() + 1, members.Length);
        }
    }

    [Fact]
    public void Linear_threshold_sets_are_walks_back_along_in_ties()
    {
        var network = NetworkGenerators.ErdosRenyi(80, 4, seed: 1);
        var sets = ReverseReachableSets.Sample(network, TestModels.UniformThreshold, 300, masterSeed: 2);

        for (int set = 0; set < sets.Count; set++)
        {
            var members = sets.Set(set);
            for (int i = 1; i < members.Length; i++)
            {
                Assert.Contains(members[i], network.InNeighbours(members[i - 1]).ToArray());
            }
        }
    }

    [Fact]
    public void Ris_refuses_thresholds_other_than_uniform_zero_one()
    {
        var star = NetworkGenerators.Star(4);
        var ris = new GreedyOptions { Estimator = InfluenceEstimator.Ris };

        Assert.True(GreedySeeding.SupportsRis(TestModels.IndependentCascade(0.2)));
        Assert.True(GreedySeeding.SupportsRis(TestModels.UniformThreshold));
        Assert.False(GreedySeeding.SupportsRis(TestModels.LinearThreshold(Distribution.Constant(0.5))));
        Assert.False(GreedySeeding.SupportsRis(TestModels.LinearThreshold(Distribution.Uniform(0.1, 0.9))));
        Assert.False(GreedySeeding.SupportsRis(TestModels.LinearThreshold(Distribution.Normal(0.5, 0.1))));
        Assert.Throws<ArgumentException>(() => GreedySeeding.Select(star, TestModels.LinearThreshold(Distribution.Constant(0.5)), 1, ris, 1));
        Assert.Throws<ArgumentException>(() => ReverseReachableSets.Sample(star, TestModels.LinearThreshold(Distribution.Constant(0.5)), 10, 1));
    }

    [Fact]
    public void The_same_inputs_give_the_same_seeds()
    {
        var network = NetworkGenerators.BarabasiAlbert(500, 2, seed: 3);
        var options = new GreedyOptions { Estimator = InfluenceEstimator.Ris, RrSets = 5_000 };

        int[] first = GreedySeeding.Select(network, TestModels.IndependentCascade(0.1), 5, options, 8);

        Assert.Equal(first, GreedySeeding.Select(network, TestModels.IndependentCascade(0.1), 5, options, 8));
    }

    [Fact]
    public void The_sets_do_not_depend_on_how_many_threads_draw_them()
    {
        // 100,000 sets span thirteen blocks of 8,192, so two and three threads interleave the blocks.
        var network = NetworkGenerators.ErdosRenyi(2_000, 6, seed: 5);
        var model = TestModels.IndependentCascade(0.1);
        var alone = ReverseReachableSets.Sample(network, model, 100_000, masterSeed: 3, threads: 1);

        foreach (int threads in new[] { 2, 3 })
        {
            var shared = ReverseReachableSets.Sample(network, model, 100_000, masterSeed: 3, threads);
            int differing = Enumerable.Range(0, alone.Count).Count(set => !alone.Set(set).SequenceEqual(shared.Set(set)));

            Assert.Equal(alone.Entries, shared.Entries);
            Assert.Equal(0, differing);
        }
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    public void Each_set_is_the_documented_stream_replayed(double p)
    {
        // Sets are begun eight at a time; 1,003 sets end on a partial group, and p = 0.3 grows sets past the scan limit.
        var network = NetworkGenerators.ErdosRenyi(1_000, 8, seed: 4);
        var sets = ReverseReachableSets.Sample(network, TestModels.IndependentCascade(p), 1_003, masterSeed: 6);

        int differing = Enumerable.Range(0, sets.Count).Count(j => !sets.Set(j).SequenceEqual(DocumentedSetDraws.Set(network, p, EstimatorSeed.Derive(6), j)));

        Assert.Equal(0, differing);
        Assert.Contains(Enumerable.Range(0, sets.Count), j => sets.Set(j).Length > 1);
    }
}
