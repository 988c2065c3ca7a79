using InfluenceSim.EndToEnd.Tests.Clusters;
using InfluenceSim.EndToEnd.Tests.Collections;
using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine.Running;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;
using InfluenceSim.Seeding;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>Each per-tie rule of independent cascade on stars, worked out by hand, through the engine (docs/models.md "Per-tie probabilities").</summary>
[Collection<OneSiloCollection>]
public sealed class TieRuleHandTests(OneSiloCluster cluster)
{
    private const long Seed = 5;
    private static readonly double Tiny = Math.ScaleB(1.0, -53);

    [Fact]
    public async Task Weighted_cascade_from_the_centre_of_a_star_converts_every_leaf_at_step_one()
    {
        // Each leaf has one in-tie, so p(0, leaf) = 1.
        var nodes = await AdoptedAtAsync(NetworkGenerators.Star(7), Rule(TieRule.WeightedCascade, 1), [0]);

        Assert.Equal([0, 1, 1, 1, 1, 1, 1], nodes);
    }

    [Fact]
    public async Task Weighted_cascade_from_a_leaf_reaches_the_centre_at_its_first_coin_below_one_sixth()
    {
        // p(1, 0) = 1/6 (the centre has 6 in-ties). Leaf 1 prescribes to 0 at steps 0 .. 999 with the
        // coins draw(PRESCRIBE, 0, k, 1, 0); the centre adopts at step k + 1 for the first k below
        // 1/6, then converts the other leaves for certain at step k + 2.
        var draws = new OracleDraws(Seed);
        int k = Enumerable.Range(0, 1000).First(k => draws.Draw(OracleDraws.Prescribe, 0, k, 1, 0) < 1.0 / 6);

        var nodes = await AdoptedAtAsync(NetworkGenerators.Star(7), Rule(TieRule.WeightedCascade, 1000), [1]);

        Assert.Equal([k + 1, 0, k + 2, k + 2, k + 2, k + 2, k + 2], nodes);
    }

    [Fact]
    public async Task From_weight_converts_the_leaves_of_weight_one_and_not_those_of_the_smallest_weight()
    {
        // Leaves 1-3 weigh 1 (certain), leaves 4-6 weigh 2^-53: only a draw of exactly 0 lands.
        Assert.All([4, 5, 6], v => Assert.True(new OracleDraws(Seed).Draw(OracleDraws.Prescribe, 0, 0, 0, v) >= Tiny));

        var nodes = await AdoptedAtAsync(WeightedStar(1, 1, 1, Tiny, Tiny, Tiny), Rule(TieRule.FromWeight, 1), [0]);

        Assert.Equal([0, 1, 1, 1, -1, -1, -1], nodes);
    }

    [Fact]
    public async Task A_weighted_edge_list_changes_the_result()
    {
        Assert.All([1, 2, 3], v => Assert.True(new OracleDraws(Seed).Draw(OracleDraws.Prescribe, 0, 0, 0, v) >= Tiny));

        var nodes = await AdoptedAtAsync(WeightedStar(Tiny, Tiny, Tiny, 1, 1, 1), Rule(TieRule.FromWeight, 1), [0]);

        Assert.Equal([0, -1, -1, -1, 1, 1, 1], nodes);
    }

    [Fact]
    public async Task Trivalency_converts_each_leaf_at_its_first_coin_below_its_ties_class()
    {
        // Leaf v's tie draws its class once, draw(TIE, 0, 0, 0, v) -> 0.1, 0.01 or 0.001; the centre
        // prescribes to it at steps 0 .. 49, and v adopts at k + 1 for the first coin k below the class.
        var draws = new OracleDraws(Seed);
        var expected = new List<int> { 0 };
        for (int v = 1; v < 7; v++)
        {
            double tie = draws.Draw(OracleDraws.Tie, 0, 0, 0, v);
            double p = tie < 1.0 / 3 ? 0.1 : tie < 2.0 / 3 ? 0.01 : 0.001;
            int k = Enumerable.Range(0, 50).FirstOrDefault(k => draws.Draw(OracleDraws.Prescribe, 0, k, 0, v) < p, -1);
            expected.Add(k < 0 ? -1 : k + 1);
        }

        var nodes = await AdoptedAtAsync(NetworkGenerators.Star(7), Rule(TieRule.Trivalency, 50), [0]);

        Assert.Equal(expected, nodes);
        Assert.Contains(-1, expected);
        Assert.Contains(expected.Skip(1), at => at > 0);
    }

    private static Network WeightedStar(params double[] weights)
    {
        var builder = new NetworkBuilder(weights.Length + 1, directed: false);
        for (int leaf = 1; leaf <= weights.Length; leaf++)
        {
            builder.AddTie(0, leaf, weights[leaf - 1]);
        }

        return builder.Build();
    }

    private static ModelSettings Rule(TieRule rule, int steps) =>
        new("independent-cascade", new Dictionary<string, Distribution> { ["prescribing-steps"] = Distribution.Constant(steps) }) { ProbabilityRule = rule };

    private async Task<int[]> AdoptedAtAsync(Network network, ModelSettings model, int[] seeds)
    {
        var request = new RunRequest(network, model, SeedPlan.Fixed(seeds), Seed, 1, 2000) { RecordNodes = true };
        var result = await cluster.Runner().RunAsync(request, cancellationToken: TestContext.Current.CancellationToken);
        return [.. result.NodeRecords.OrderBy(r => r.Node).Select(r => r.AdoptedAt)];
    }
}
