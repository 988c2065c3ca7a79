using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Seeding;
using InfluenceSim.Seeding.Influence;
using Generators = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>
/// IMM: its bound's pieces by hand, its guarantee against the exact optimum of every seed set on the
/// graphs of <see cref="SmallGraphs"/> (every live-edge graph enumerated), its budgeted form, and its
/// refusal, with the estimate, of sets that would not fit.
/// </summary>
public sealed class ImmTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (string graph in new[] { "star", "bowtie", "directed" })
        {
            foreach (string model in new[] { "ic-0.2", "ic-0.5", "lt-uniform" })
            {
                cases.Add(graph, model);
            }
        }

        return cases;
    }

    [Fact]
    public void The_bound_adjusts_l_and_counts_seed_sets_as_worked_by_hand()
    {
        var bound = new ImmBound(16, 3, 0.1, 3);

        // l' = 3 (1 + ln 2 / ln 16) = 3 (1 + 1/4); ln C(16, 3) = ln 560.
        Assert.Equal(3.75, bound.AdjustedL, 12);
        Assert.Equal(Math.Log(560), bound.LogBinomial, 12);
        Assert.Equal(1 - (1 / Math.E) - 0.1, bound.Ratio, 15);
        Assert.Equal(3, bound.Rounds);
        Assert.Equal(Math.Ceiling(bound.LambdaStar / 4), bound.SetsFor(4));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_seeds_reach_their_guarantee_of_the_exact_optimum(string graph, string model)
    {
        var network = SmallGraphs.Named(graph);
        bool threshold = model == "lt-uniform";
        double p = threshold ? 0 : double.Parse(model[3..], System.Globalization.CultureInfo.InvariantCulture);
        var worlds = threshold ? LiveEdgeWorlds.UniformThreshold(network) : LiveEdgeWorlds.IndependentCascade(network, p);
        var settings = threshold ? TestModels.UniformThreshold : TestModels.IndependentCascade(p);
        var options = new GreedyOptions { Estimator = InfluenceEstimator.Imm, Epsilon = 0.1, L = 3 };

        foreach (int k in new[] { 2, 3 })
        {
            var exact = LiveEdgeWorlds.AllSpreads(worlds, network.NodeCount, k);
            double best = exact.Values.Max();
            for (long masterSeed = 1; masterSeed <= 5; masterSeed++)
            {
                var selection = Imm.Select(network, settings, k, options, masterSeed);
                int[] seeds = [.. selection.Seeds.Order()];

                Assert.Equal(seeds, GreedySeeding.Select(network, settings, k, options, masterSeed));
                double spread = exact[string.Join(',', seeds)];
                Assert.True(spread >= selection.Ratio * best, $"{graph} {model} k={k} seed {masterSeed}: imm {{{string.Join(',', seeds)}}} spreads {spread}, best {best}");
                Assert.Equal(Math.Ceiling(selection.Bound.LambdaStar / selection.LowerBound), selection.Sets);
            }
        }
    }

    [Theory]
    [InlineData("star")]
    [InlineData("bowtie")]
    [InlineData("directed")]
    public void Under_weighted_cascade_the_seeds_reach_their_guarantee_of_the_exact_optimum(string graph)
    {
        // p(u, v) = 1 / (in-ties of v), per tie, in both phases.
        var network = SmallGraphs.Named(graph);
        var exact = LiveEdgeWorlds.AllSpreads(LiveEdgeWorlds.IndependentCascade(network, (_, v) => 1.0 / network.InNeighbours(v).Length), network.NodeCount, 2);
        double best = exact.Values.Max();
        var settings = new ModelSettings(ModelCatalogue.IndependentCascade, new Dictionary<string, Distribution>()) { ProbabilityRule = TieRule.WeightedCascade };
        var options = new GreedyOptions { Estimator = InfluenceEstimator.Imm, Epsilon = 0.1, L = 3 };

        for (long masterSeed = 1; masterSeed <= 5; masterSeed++)
        {
            var selection = Imm.Select(network, settings, 2, options, masterSeed);
            double spread = exact[string.Join(',', selection.Seeds.Order())];

            Assert.True(spread >= selection.Ratio * best, $"{graph} seed {masterSeed}: imm {{{string.Join(',', selection.Seeds)}}} spreads {spread}, best {best}");
        }
    }

    [Fact]
    public void The_guarantee_is_not_vacuous_on_the_directed_graph()
    {
        var network = SmallGraphs.Directed;
        var exact = LiveEdgeWorlds.AllSpreads(LiveEdgeWorlds.IndependentCascade(network, 0.5), network.NodeCount, 2);

        Assert.True(exact.Values.Min() < (1 - (1 / Math.E) - 0.1) * exact.Values.Max());
    }

    [Fact]
    public void Budgeted_imm_takes_the_leaves_of_a_star_priced_by_degree_and_stays_within_the_budget()
    {
        var star = Generators.Star(5);
        double[] costs = [4, 1, 1, 1, 1];
        var options = new GreedyOptions { Estimator = InfluenceEstimator.Imm, L = 3 };

        var selection = Imm.Select(star, TestModels.IndependentCascade(0.5), BudgetSpending.MostSeeds(costs, 4), options, 7, costs: costs, budget: 4);

        Assert.Equal([1, 2, 3, 4], selection.Seeds.Order());
        Assert.True(selection.Budgeted);
        Assert.Equal(((1 - (1 / Math.E)) / 2) - 0.1, selection.Ratio, 15);
    }

    [Fact]
    public void A_supercritical_network_is_refused_before_its_sets_are_drawn_with_the_estimate()
    {
        var network = Generators.ErdosRenyi(20_000, 10, 3);

        var error = Assert.Throws<ReverseReachableLimitException>(() => Imm.Select(network, TestModels.IndependentCascade(0.3), 10, new GreedyOptions { Estimator = InfluenceEstimator.Imm }, 1));

        Assert.StartsWith("imm needs ", error.Message, StringComparison.Ordinal);
        Assert.Contains("reverse-reachable sets for 10 seeds on 20,000 nodes (epsilon 0.1, l 1)", error.Message, StringComparison.Ordinal);
        Assert.Contains("more than the limit of 250,000,000 entries", error.Message, StringComparison.Ordinal);
    }
}
