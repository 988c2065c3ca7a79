using InfluenceSim.Analysis;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>The Mann–Whitney U test against R's <c>wilcox.test</c> (normal approximation, continuity correction) and hand computation.</summary>
public sealed class MannWhitneyTestTests
{
    private static readonly double[] X = [1, 5, 9, 24, 56, 21, 3, 7, 21, 4];

    [Fact]
    public void Samples_with_ties_give_R_s_statistic_and_p_value()
    {
        // R: wilcox.test(x, y) with ties: W = 51.5, p-value = 0.5966 (the endmemo.com R reference example).
        var result = MannWhitneyTest.Compare(X, [12, 15, 5, 9, 9, 14, 56, 22, 3, 7, 32, 5]);

        Assert.Equal(51.5, result.U);
        Assert.Equal(0.5966, result.PValue, 4);
    }

    [Fact]
    public void Completely_separated_samples_give_R_s_small_p_value()
    {
        // R, same page: y = c(1233, 4356, 987, 39999, 1111, 200000) gives W = 0, p-value = 0.001364.
        var result = MannWhitneyTest.Compare(X, [1233, 4356, 987, 39999, 1111, 200000]);

        Assert.Equal(0, result.U);
        Assert.Equal(0.001364, result.PValue, 6);
    }

    [Fact]
    public void The_sleep_data_give_R_s_rank_sum_test()
    {
        // R: wilcox.test(extra ~ group, data = sleep) prints W = 25.5, p-value = 0.06933.
        var result = MannWhitneyTest.Compare([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0], [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);

        Assert.Equal(25.5, result.U);
        Assert.Equal(0.06933, result.PValue, 5);
    }

    [Fact]
    public void Three_against_three_by_hand()
    {
        // U = 0, mean 4.5, variance 3 x 3 x 7 / 12 = 5.25, z = (4.5 - 0.5) / √5.25.
        var result = MannWhitneyTest.Compare([1, 2, 3], [4, 5, 6]);

        Assert.Equal(0, result.U);
        Assert.Equal(2 * Normal.CDF(0, 1, -4 / Math.Sqrt(5.25)), result.PValue, 12);
        Assert.Equal(0.0808556, result.PValue, 6);
    }

    [Fact]
    public void Identical_samples_have_p_1()
    {
        var result = MannWhitneyTest.Compare(X, X);

        Assert.Equal(50, result.U);
        Assert.Equal(1, result.PValue);
    }

    [Fact]
    public void All_values_tied_have_p_1()
    {
        Assert.Equal(new MannWhitneyResult(3, 1), MannWhitneyTest.Compare([2, 2], [2, 2, 2]));
    }

    [Fact]
    public void The_statistic_is_symmetric()
    {
        var ab = MannWhitneyTest.Compare([1, 4, 6, 6], [2, 6, 9]);
        var ba = MannWhitneyTest.Compare([2, 6, 9], [1, 4, 6, 6]);

        Assert.Equal(12, ab.U + ba.U);
        Assert.Equal(ab.PValue, ba.PValue, 15);
    }
}
