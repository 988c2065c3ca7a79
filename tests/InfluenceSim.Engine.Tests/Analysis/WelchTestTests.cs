using InfluenceSim.Analysis;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>Welch's t test against R's published output and hand computation.</summary>
public sealed class WelchTestTests
{
    // R's datasets::sleep (Cushny and Peebles 1905, Student 1908): extra hours of sleep under two drugs.
    private static readonly double[] SleepGroup1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] SleepGroup2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    [Fact]
    public void The_sleep_data_give_R_s_welch_two_sample_t_test()
    {
        // R, example(t.test): t.test(extra ~ group, data = sleep) prints t = -1.8608, df = 17.776,
        // p-value = 0.07939, 95 percent confidence interval -3.3654832 0.2054832 (for group 1 - group 2).
        var result = WelchTest.Compare(SleepGroup1, SleepGroup2);

        Assert.Equal(1.58, result.Difference, 12);
        Assert.Equal(17.776, result.DegreesOfFreedom!.Value, 3);
        Assert.Equal(0.07939, result.PValue!.Value, 5);
        Assert.Equal(-0.2054832, result.Ci95!.Low, 6);
        Assert.Equal(3.3654832, result.Ci95.High, 6);
    }

    [Fact]
    public void Degrees_of_freedom_follow_welch_satterthwaite_by_hand()
    {
        // s²a/na = (5/3)/4 = 5/12, s²b/nb = (20/3)/4 = 5/3: df = (25/12)² / ((5/12)²/3 + (5/3)²/3) = 75/17.
        var result = WelchTest.Compare([1, 2, 3, 4], [2, 4, 6, 8]);

        double df = 75.0 / 17;
        double se = Math.Sqrt(25.0 / 12);
        Assert.Equal(2.5, result.Difference);
        Assert.Equal(df, result.DegreesOfFreedom!.Value, 12);
        Assert.Equal(2 * StudentT.CDF(0, 1, df, -2.5 / se), result.PValue!.Value, 12);
        Assert.Equal(2.5 - (StudentT.InvCDF(0, 1, df, 0.975) * se), result.Ci95!.Low, 12);
    }

    [Fact]
    public void Identical_samples_differ_by_0_with_p_1()
    {
        var result = WelchTest.Compare(SleepGroup1, SleepGroup1);

        Assert.Equal(0, result.Difference);
        Assert.Equal(1, result.PValue);
        Assert.Equal(-result.Ci95!.Low, result.Ci95.High);
    }

    [Fact]
    public void Equal_constants_have_p_1_and_a_point_interval_at_0()
    {
        var result = WelchTest.Compare([3, 3, 3], [3, 3]);

        Assert.Equal(new WelchResult(0, new(0, 0), 1, null), result);
    }

    [Fact]
    public void Different_constants_have_p_0_and_a_point_interval_at_the_difference()
    {
        var result = WelchTest.Compare([3, 3, 3], [5, 5]);

        Assert.Equal(new WelchResult(2, new(2, 2), 0, null), result);
    }

    [Fact]
    public void A_single_value_leaves_the_interval_and_p_undefined()
    {
        var result = WelchTest.Compare([1], [2, 3]);

        Assert.Equal(new WelchResult(1.5, null, null, null), result);
    }
}
