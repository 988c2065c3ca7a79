using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Models.Tests.Agents;

/// <summary>Each per-tie rule's table on stars and paths, worked out by hand (docs/models.md "Per-tie probabilities").</summary>
public sealed class TieProbabilitiesTests
{
    private static readonly Draws Seed = new(7);

    [Fact]
    public void A_number_stores_nothing_and_gives_every_tie_the_number()
    {
        var probabilities = TieProbabilities.For(Cascade(Distribution.Constant(0.3)), Seed);

        Assert.False(probabilities.Stored);
        Assert.Null(Table(probabilities, NetworkGenerators.Star(4)));
        Assert.Equal(0.3, probabilities.Of(0, 1, 0.9, 3));
    }

    [Fact]
    public void Weighted_cascade_on_a_path_gives_each_tie_one_over_its_targets_in_ties()
    {
        // Path 0-1-2-3, out-ties in CSR order: 0->1, 1->0, 1->2, 2->1, 2->3, 3->2. In-degrees: 1, 2, 2, 1.
        var table = Table(TieProbabilities.For(Rule(TieRule.WeightedCascade), Seed), NetworkGenerators.Path(4))!;

        Assert.Equal([0.5, 1.0, 0.5, 0.5, 1.0, 0.5], table);
    }

    [Fact]
    public void Weighted_cascade_on_a_star_is_certain_from_the_centre_and_one_over_the_leaves_into_it()
    {
        // Star of 5: centre 0 with in-degree 4, each leaf in-degree 1. Out-ties: 0->1..4, then 1->0 .. 4->0.
        var table = Table(TieProbabilities.For(Rule(TieRule.WeightedCascade), Seed), NetworkGenerators.Star(5))!;

        Assert.Equal([1.0, 1.0, 1.0, 1.0, 0.25, 0.25, 0.25, 0.25], table);
    }

    [Fact]
    public void From_weight_gives_each_tie_its_own_weight()
    {
        var builder = new NetworkBuilder(3, directed: true);
        builder.AddTie(0, 1, 0.5);
        builder.AddTie(0, 2, 0.125);
        builder.AddTie(2, 1, 1);

        var table = Table(TieProbabilities.For(Rule(TieRule.FromWeight), Seed), builder.Build())!;

        Assert.Equal([0.5, 0.125, 1.0], table);
    }

    [Fact]
    public void Trivalency_maps_thirds_of_the_draw_to_a_tenth_a_hundredth_and_a_thousandth()
    {
        Assert.Equal(0.1, TieProbabilities.Trivalent(0));
        Assert.Equal(0.1, TieProbabilities.Trivalent(Math.BitDecrement(1.0 / 3)));
        Assert.Equal(0.01, TieProbabilities.Trivalent(1.0 / 3));
        Assert.Equal(0.01, TieProbabilities.Trivalent(Math.BitDecrement(2.0 / 3)));
        Assert.Equal(0.001, TieProbabilities.Trivalent(2.0 / 3));
        Assert.Equal(0.001, TieProbabilities.Trivalent(Math.BitDecrement(1.0)));
    }

    [Fact]
    public void Trivalency_draws_each_directed_tie_once_with_the_tie_purpose()
    {
        // Star of 4, out-ties 0->1, 0->2, 0->3, 1->0, 2->0, 3->0: each is the class of draw(TIE = 9, 0, 0, u, v).
        var table = Table(TieProbabilities.For(Rule(TieRule.Trivalency), Seed), NetworkGenerators.Star(4))!;

        (int From, int To)[] ties = [(0, 1), (0, 2), (0, 3), (1, 0), (2, 0), (3, 0)];
        Assert.Equal(ties.Select(t => Hand(Seed.Draw((DrawPurpose)9, 0, 0, t.From, t.To))), table);
        Assert.Equal(3, table.Distinct().Count());
    }

    private static double Hand(double draw) => draw < 1.0 / 3 ? 0.1 : draw < 2.0 / 3 ? 0.01 : 0.001;

    private static double[]? Table(TieProbabilities probabilities, Network network)
    {
        var (offsets, targets, weights) = network.OutRows;
        return probabilities.OutTable(offsets.Span, targets.Span, weights.Span, network.InRows.Offsets.Span);
    }

    private static ModelSettings Cascade(Distribution probability) =>
        new("independent-cascade", new Dictionary<string, Distribution> { ["probability"] = probability });

    private static ModelSettings Rule(TieRule rule) =>
        new("independent-cascade", new Dictionary<string, Distribution>()) { ProbabilityRule = rule };
}
