using InfluenceSim.Reporting.Analysis;

namespace InfluenceSim.Reporting.Tests.Analysis;

public sealed class MeanIntervalTests
{
    /// <summary>t(0.975, 3), from tables.</summary>
    private const double T3 = 3.182446305284263;

    [Fact]
    public void Interval_is_t_based_on_the_sample_sd()
    {
        var interval = MeanInterval.Of([1, 2, 3, 4]);

        double half = T3 * Math.Sqrt(5.0 / 3.0) / 2;
        Assert.Equal(2.5, interval.Mean, 12);
        Assert.Equal(2.5 - half, interval.Lower, 12);
        Assert.Equal(2.5 + half, interval.Upper, 12);
        Assert.Equal(4, interval.Count);
    }

    [Fact]
    public void One_value_has_no_spread_and_none_has_no_mean()
    {
        Assert.Equal(new MeanInterval(0.3, 0.3, 0.3, 1), MeanInterval.Of([0.3]));
        Assert.True(double.IsNaN(MeanInterval.Of([]).Mean));
    }
}
