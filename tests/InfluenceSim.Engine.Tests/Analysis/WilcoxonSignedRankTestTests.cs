using InfluenceSim.Analysis;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>The Wilcoxon signed-rank test against published examples and the exact null distribution counted by hand.</summary>
public sealed class WilcoxonSignedRankTestTests
{
    [Fact]
    public void Hollander_and_Wolfe_s_depression_data_give_the_published_exact_p()
    {
        // Hollander and Wolfe (1973), p. 29: Hamilton depression scores of nine patients before (x) and after (y)
        // a tranquilizer; R's example(wilcox.test) prints V = 40, p-value = 0.03906. By hand: the |x - y| ranks of
        // the two negative differences (-0.08, -0.147) are 2 and 3, so W+ = 45 - 5 = 40; the sign patterns with
        // W+ >= 40 are those whose negative ranks sum to 5 or less, 10 of the 2^9 = 512, so p = 2 · 10/512.
        double[] x = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
        double[] y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

        var result = WilcoxonSignedRankTest.Compare([.. x.Select((v, i) => v - y[i])]);

        Assert.Equal(new WilcoxonResult(40, 9, 20.0 / 512, true), result);
    }

    [Fact]
    public void Five_positive_differences_have_the_exact_p_of_2_over_32()
    {
        // Only the pattern with every sign positive reaches W+ = 15: P = 1/32 on each side.
        Assert.Equal(new WilcoxonResult(15, 5, 2.0 / 32, true), WilcoxonSignedRankTest.Compare([3, 1, 4, 1.5, 9]));
        Assert.Equal(new WilcoxonResult(0, 5, 2.0 / 32, true), WilcoxonSignedRankTest.Compare([-3, -1, -4, -1.5, -9]));
    }

    [Fact]
    public void Twenty_five_pairs_without_ties_are_still_exact()
    {
        var result = WilcoxonSignedRankTest.Compare([.. Enumerable.Range(1, 25).Select(d => (double)d)]);

        Assert.True(result.Exact);
        Assert.Equal(2 / Math.Pow(2, 25), result.PValue);
    }

    [Fact]
    public void Student_s_sleep_data_drop_the_zero_and_use_the_normal_approximation_for_the_tie()
    {
        // Differences group 2 - group 1 of R's sleep data; R: wilcox.test(extra ~ group, data = sleep, paired = TRUE)
        // prints V = 0 (group 1 - group 2), p-value = 0.009091. By hand: the zero is dropped, n = 9, all positive so
        // W+ = 45; μ = 9 · 10/4 = 22.5; σ² = 9 · 10 · 19/24 - (2³ - 2)/48 = 71.125 (the two 1.3s tie);
        // z = (22.5 - 0.5)/√71.125 = 2.60862; p = 2(1 - Φ(z)) = 0.0090906980.
        var result = WilcoxonSignedRankTest.Compare([1.2, 2.4, 1.3, 1.3, 0.0, 1.0, 1.8, 0.8, 4.6, 1.4]);

        Assert.Equal(45, result.WPlus);
        Assert.Equal(9, result.NonZero);
        Assert.False(result.Exact);
        Assert.Equal(0.009090698015925061, result.PValue, 12);
    }

    [Fact]
    public void Differences_equal_but_for_rounding_tie()
    {
        // 0.3 - 0.1 and 0.5 - 0.3 differ in the last bit; as adopted fractions they are the same difference, so
        // they tie (midrank 1.5 each) and the test is not exact.
        var result = WilcoxonSignedRankTest.Compare([0.3 - 0.1, 0.5 - 0.3, 0.7]);

        Assert.NotEqual(0.3 - 0.1, 0.5 - 0.3);
        Assert.False(result.Exact);
        Assert.Equal(6, result.WPlus);
    }

    [Fact]
    public void More_than_25_pairs_use_the_normal_approximation_without_tie_term()
    {
        // d = -1, 2, 3, ..., 26: W+ = 351 - 1 = 350; μ = 26 · 27/4 = 175.5; σ² = 26 · 27 · 53/24 = 1550.25;
        // z = (174.5 - 0.5)/√1550.25 = 4.419248; p = 2(1 - Φ(z)) = 9.904491799970094E-06.
        var result = WilcoxonSignedRankTest.Compare([-1, .. Enumerable.Range(2, 25).Select(d => (double)d)]);

        Assert.Equal(new WilcoxonResult(350, 26, result.PValue, false), result);
        Assert.Equal(9.904491799970094E-06, result.PValue, 15);
    }

    [Fact]
    public void Equal_tied_differences_use_the_tie_corrected_normal_approximation()
    {
        // Eight differences of 10: W+ = 36, μ = 18, σ² = 8 · 9 · 17/24 - (8³ - 8)/48 = 40.5,
        // z = 17.5/√40.5 = 2.749859, p = 0.005962078532093712.
        var result = WilcoxonSignedRankTest.Compare([10, 10, 10, 10, 10, 10, 10, 10]);

        Assert.Equal(36, result.WPlus);
        Assert.Equal(0.005962078532093712, result.PValue, 12);
    }

    [Fact]
    public void Only_zero_differences_give_p_1()
    {
        Assert.Equal(new WilcoxonResult(0, 0, 1, true), WilcoxonSignedRankTest.Compare([0, 0, 0]));
    }
}
