using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>
/// The greedy set's exact spread (every live-edge graph enumerated) is at least (1 - 1/e) of the
/// best set's, on the star with 5 leaves, the bowtie and the directed graph of
/// <see cref="SmallGraphs"/>, for k = 2 and 3, independent cascade p = 0.2 and 0.5 and linear
/// threshold with uniform thresholds, with the default budgets (CELF 200 simulations; RIS
/// 10,000 x k sets) and each of the master seeds 1..10.
/// </summary>
public sealed class ApproximationTests
{
    private static readonly double Bound = 1 - (1 / Math.E);

    public static TheoryData<string, string, InfluenceEstimator> Cases()
    {
        var cases = new TheoryData<string, string, InfluenceEstimator>();
        foreach (string graph in new[] { "star", "bowtie", "directed" })
        {
            foreach (string model in new[] { "ic-0.2", "ic-0.5", "lt-uniform" })
            {
                cases.Add(graph, model, InfluenceEstimator.Celf);
                cases.Add(graph, model, InfluenceEstimator.Ris);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Greedy_reaches_one_minus_one_over_e_of_the_best_exact_spread(string graph, string model, InfluenceEstimator estimator)
    {
        var network = SmallGraphs.Named(graph);
        bool threshold = model == "lt-uniform";
        double p = threshold ? 0 : double.Parse(model[3..], System.Globalization.CultureInfo.InvariantCulture);
        var worlds = threshold ? LiveEdgeWorlds.UniformThreshold(network) : LiveEdgeWorlds.IndependentCascade(network, p);
        var settings = threshold ? TestModels.UniformThreshold : TestModels.IndependentCascade(p);
        var options = new GreedyOptions { Estimator = estimator };

        foreach (int k in new[] { 2, 3 })
        {
            var exact = LiveEdgeWorlds.AllSpreads(worlds, network.NodeCount, k);
            double best = exact.Values.Max();
            for (long masterSeed = 1; masterSeed <= 10; masterSeed++)
            {
                int[] seeds = GreedySeeding.Select(network, settings, k, options, masterSeed);

                double greedy = exact[string.Join(',', seeds)];
                Assert.True(greedy >= Bound * best, $"{graph} {model} {estimator} k={k} seed {masterSeed}: greedy {{{string.Join(',', seeds)}}} spreads {greedy}, best {best}");
            }
        }
    }

    [Fact]
    public void The_bound_is_not_vacuous_on_the_directed_graph()
    {
        var network = SmallGraphs.Directed;
        var exact = LiveEdgeWorlds.AllSpreads(LiveEdgeWorlds.IndependentCascade(network, 0.5), network.NodeCount, 2);

        Assert.True(exact.Values.Min() < Bound * exact.Values.Max());
    }
}
