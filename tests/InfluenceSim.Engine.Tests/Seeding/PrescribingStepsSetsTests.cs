using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Networks;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>
/// Reverse-reachable sets (<c>ris</c>, <c>imm</c>) with <c>prescribing-steps</c> L > 1: a tie gets L
/// coins, so it is live with probability q = 1 - (1 - p)^L. Checked by the frequency of each in-tie in
/// sets, by a spread worked by hand, and by a seed choice that L reverses.
/// </summary>
public sealed class PrescribingStepsSetsTests
{
    private const double P = 0.2;
    private const int Steps = 3;
    private const int Leaves = 20;

    /// <summary>q = 1 - 0.8^3 = 0.488.</summary>
    private static readonly double Q = 1 - Math.Pow(1 - P, Steps);

    [Theory]
    [InlineData(TieRule.Number)]
    [InlineData(TieRule.FromWeight)]
    public void Each_in_tie_is_live_in_the_sets_with_probability_one_minus_one_minus_p_to_the_l(TieRule rule)
    {
        // An in-star: leaves 1..20 -> centre 0, so a set rooted at 0 holds leaf j when j -> 0 is live.
        // One number draws geometric skips over the in-ties; from-weight (every weight p) one coin per tie.
        var builder = new NetworkBuilder(Leaves + 1, directed: true);
        for (int leaf = 1; leaf <= Leaves; leaf++)
        {
            builder.AddTie(leaf, 0, P);
        }

        var sets = ReverseReachableSets.Sample(builder.Build(), Cascade(rule, P, Steps), 210_000, masterSeed: 5);
        var held = new int[Leaves + 1];
        int centred = 0;
        for (int set = 0; set < sets.Count; set++)
        {
            var members = sets.Set(set);
            if (members[0] != 0)
            {
                Assert.Equal(1, members.Length);
                continue;
            }

            centred++;
            foreach (int leaf in members[1..])
            {
                held[leaf]++;
            }
        }

        // Tolerance: 5 standard errors of a frequency over the sets rooted at the centre (about 10,000),
        // about 0.025, against a gap of 0.288 to the q of one coin (p = 0.2).
        double tolerance = 5 * Math.Sqrt(Q * (1 - Q) / centred);
        for (int leaf = 1; leaf <= Leaves; leaf++)
        {
            Assert.InRange((double)held[leaf] / centred, Q - tolerance, Q + tolerance);
        }

        double meanLeaves = held.Sum() / (double)centred;
        double meanTolerance = 5 * Math.Sqrt(Leaves * Q * (1 - Q) / centred);
        Assert.InRange(meanLeaves, (Leaves * Q) - meanTolerance, (Leaves * Q) + meanTolerance);
    }

    [Fact]
    public void The_sets_estimate_a_path_heads_spread_worked_by_hand()
    {
        // Directed path 0 -> 1 -> 2, p = 0.5, L = 2: q = 0.75; node 0 reaches 1 + q + q^2 = 2.3125 nodes
        // (1.75 with one coin). The estimate 3 f, f the share of sets holding 0, within 5 standard errors.
        var builder = new NetworkBuilder(3, directed: true);
        builder.AddTie(0, 1);
        builder.AddTie(1, 2);
        const int count = 100_000;
        double exact = 1 + 0.75 + (0.75 * 0.75);
        double share = exact / 3;

        double estimate = ReverseReachableSets.Sample(builder.Build(), Cascade(TieRule.Number, 0.5, 2), count, masterSeed: 2).EstimateSpread([0]);

        Assert.InRange(estimate, exact - (5 * 3 * Math.Sqrt(share * (1 - share) / count)), exact + (5 * 3 * Math.Sqrt(share * (1 - share) / count)));
    }

    [Theory]
    [InlineData(1, 8)]
    [InlineData(3, 0)]
    public void Ris_and_imm_choose_the_seed_the_prescribing_steps_make_best(int steps, int best)
    {
        // A directed path 0 -> 1 -> ... -> 7 and an out-star 8 -> 9, 10, 11, p = 0.5. One coin (q = 0.5):
        // the path's head reaches sum 0.5^i (i < 8) = 1.99, the star's centre 1 + 3 x 0.5 = 2.5. Three coins
        // (q = 0.875): the head reaches (1 - 0.875^8) / 0.125 = 5.25, the centre 1 + 3 x 0.875 = 3.625.
        var builder = new NetworkBuilder(12, directed: true);
        for (int node = 0; node < 7; node++)
        {
            builder.AddTie(node, node + 1);
        }

        for (int leaf = 9; leaf <= 11; leaf++)
        {
            builder.AddTie(8, leaf);
        }

        var network = builder.Build();
        var model = Cascade(TieRule.Number, 0.5, steps);

        foreach (var estimator in new[] { InfluenceEstimator.Ris, InfluenceEstimator.Imm })
        {
            Assert.Equal([best], GreedySeeding.Select(network, model, 1, new GreedyOptions { Estimator = estimator }, masterSeed: 4));
        }
    }

    [Theory]
    [InlineData("star")]
    [InlineData("bowtie")]
    [InlineData("directed")]
    public void Imm_with_prescribing_steps_reaches_its_guarantee_of_the_exact_optimum(string graph)
    {
        var network = SmallGraphs.Named(graph);
        var exact = LiveEdgeWorlds.AllSpreads(LiveEdgeWorlds.IndependentCascade(network, Q), network.NodeCount, 2);
        double best = exact.Values.Max();
        var options = new GreedyOptions { Estimator = InfluenceEstimator.Imm, Epsilon = 0.1, L = 3 };

        for (long masterSeed = 1; masterSeed <= 5; masterSeed++)
        {
            var selection = Imm.Select(network, Cascade(TieRule.Number, P, Steps), 2, options, masterSeed);
            double spread = exact[string.Join(',', selection.Seeds.Order())];

            Assert.True(spread >= selection.Ratio * best, $"{graph} seed {masterSeed}: imm {{{string.Join(',', selection.Seeds)}}} spreads {spread}, best {best}");
        }
    }

    private static ModelSettings Cascade(TieRule rule, double p, int steps)
    {
        var parameters = new Dictionary<string, Distribution> { ["prescribing-steps"] = Distribution.Constant(steps) };
        if (rule == TieRule.Number)
        {
            parameters["probability"] = Distribution.Constant(p);
        }

        return new ModelSettings(ModelCatalogue.IndependentCascade, parameters) { ProbabilityRule = rule };
    }
}
