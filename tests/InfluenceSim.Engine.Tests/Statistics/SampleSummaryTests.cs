using InfluenceSim.RunFolders.Statistics;
using MathNet.Numerics.Distributions;

namespace InfluenceSim.Engine.Tests.Statistics;

public sealed class SampleSummaryTests
{
    [Fact]
    public void Four_values_give_the_hand_computed_mean_sd_and_interval()
    {
        var summary = SampleSummary.Of([1, 2, 3, 4]);

        double t = StudentT.InvCDF(0, 1, 3, 0.975);
        Assert.Equal(3.182446305284263, t, 12);
        Assert.Equal(2.5, summary.Mean);
        Assert.Equal(1.2909944487358056, summary.Sd);
        Assert.Equal(2.5 - (t * 1.2909944487358056 / 2), summary.Ci95Low);
        Assert.Equal(2.5 + (t * 1.2909944487358056 / 2), summary.Ci95High);
        Assert.Equal(2.5 - 2.054260256760879, summary.Ci95Low, 12);
        Assert.Equal(2.5 + 2.054260256760879, summary.Ci95High, 12);
        Assert.Equal(4, summary.Count);
    }

    [Fact]
    public void Two_values_use_the_t_quantile_with_one_degree_of_freedom()
    {
        var summary = SampleSummary.Of([0, 1]);

        Assert.Equal(0.5, summary.Mean);
        Assert.Equal(Math.Sqrt(0.5), summary.Sd);
        Assert.Equal(0.5 - 6.353102368087353, summary.Ci95Low, 9);
        Assert.Equal(0.5 + 6.353102368087353, summary.Ci95High, 9);
    }

    [Fact]
    public void One_value_has_sd_zero_and_a_point_interval()
    {
        Assert.Equal(new SampleSummary(0.3, 0, 0.3, 0.3, 1), SampleSummary.Of([0.3]));
    }

    [Fact]
    public void Equal_values_have_sd_zero_and_a_point_interval()
    {
        Assert.Equal(new SampleSummary(2, 0, 2, 2, 3), SampleSummary.Of([2, 2, 2]));
    }

    [Fact]
    public void Sums_run_in_input_order()
    {
        Assert.Equal(0, SampleSummary.Of([1e16, 1, -1e16]).Mean);
        Assert.Equal(1.0 / 3, SampleSummary.Of([1e16, -1e16, 1]).Mean);
    }

    [Fact]
    public void An_empty_sample_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SampleSummary.Of([]));
    }
}
