using InfluenceSim.Networks.Generators;
using InfluenceSim.Seeding.Influence;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>
/// Exact expected spreads on a star with L = 3 leaves (6 directed ties, 64 live-edge graphs), and
/// the Monte Carlo and reverse-reachable estimators within 5 standard errors of them (the standard
/// error from the exact variance; the estimates are deterministic, so this never flakes).
/// </summary>
public sealed class ExactSpreadTests
{
    private const int Leaves = 3;
    private const double P = 0.3;
    private const int Simulations = 20_000;
    private const int RrSets = 200_000;

    [Fact]
    public void Enumeration_gives_the_star_formulas_for_independent_cascade()
    {
        var worlds = LiveEdgeWorlds.IndependentCascade(NetworkGenerators.Star(Leaves + 1), P);

        Assert.Equal(64, worlds.Count);
        Assert.Equal(1, worlds.Sum(w => w.Probability), 12);
        Assert.Equal(1 + (Leaves * P), LiveEdgeWorlds.Spread(worlds, 0).Mean, 12);
        Assert.Equal(1 + P + ((Leaves - 1) * P * P), LiveEdgeWorlds.Spread(worlds, 1).Mean, 12);
        Assert.Equal(Leaves * P * (1 - P), LiveEdgeWorlds.Spread(worlds, 0).Variance, 12);
    }

    [Fact]
    public void Enumeration_gives_the_star_values_for_uniform_thresholds()
    {
        var worlds = LiveEdgeWorlds.UniformThreshold(NetworkGenerators.Star(Leaves + 1));

        Assert.Equal(1 + Leaves, LiveEdgeWorlds.Spread(worlds, 0).Mean, 12);
        Assert.Equal(2, LiveEdgeWorlds.Spread(worlds, 1).Mean, 12);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(0, 99)]
    [InlineData(1, 99)]
    [InlineData(3, -5)]
    public void Monte_Carlo_independent_cascade_is_within_five_standard_errors(int seed, long masterSeed)
    {
        var star = NetworkGenerators.Star(Leaves + 1);
        var (mean, variance) = LiveEdgeWorlds.Spread(LiveEdgeWorlds.IndependentCascade(star, P), seed);
        double exact = seed == 0 ? 1 + (Leaves * P) : 1 + P + ((Leaves - 1) * P * P);
        Assert.Equal(exact, mean, 12);

        double estimate = new SpreadEstimator(star, TestModels.IndependentCascade(P), Simulations, masterSeed).Estimate([seed]);

        Assert.InRange(estimate, exact - (5 * Math.Sqrt(variance / Simulations)), exact + (5 * Math.Sqrt(variance / Simulations)));
    }

    [Theory]
    [InlineData(0, 7)]
    [InlineData(1, 7)]
    [InlineData(2, 8)]
    public void Monte_Carlo_linear_threshold_is_within_five_standard_errors(int seed, long masterSeed)
    {
        var star = NetworkGenerators.Star(Leaves + 1);
        var (exact, variance) = LiveEdgeWorlds.Spread(LiveEdgeWorlds.UniformThreshold(star), seed);

        double estimate = new SpreadEstimator(star, TestModels.UniformThreshold, Simulations, masterSeed).Estimate([seed]);

        Assert.InRange(estimate, exact - (5 * Math.Sqrt(variance / Simulations)) - 1e-12, exact + (5 * Math.Sqrt(variance / Simulations)) + 1e-12);
    }

    [Theory]
    [InlineData(0, 1, false)]
    [InlineData(1, 1, false)]
    [InlineData(0, 42, true)]
    [InlineData(1, 42, true)]
    public void Reverse_reachable_sets_estimate_the_exact_spread_within_five_standard_errors(int seed, long masterSeed, bool threshold)
    {
        var star = NetworkGenerators.Star(Leaves + 1);
        var worlds = threshold ? LiveEdgeWorlds.UniformThreshold(star) : LiveEdgeWorlds.IndependentCascade(star, P);
        double exact = LiveEdgeWorlds.Spread(worlds, seed).Mean;
        var model = threshold ? TestModels.UniformThreshold : TestModels.IndependentCascade(P);
        double share = exact / star.NodeCount;
        double standardError = star.NodeCount * Math.Sqrt(share * (1 - share) / RrSets);

        double estimate = ReverseReachableSets.Sample(star, model, RrSets, masterSeed).EstimateSpread([seed]);

        Assert.InRange(estimate, exact - (5 * standardError), exact + (5 * standardError));
    }
}
