using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Statistics;

/// <summary>Percentiles by linear interpolation; expected values worked by hand (numpy.percentile gives the same).</summary>
public sealed class PercentileTests
{
    [Theory]
    [InlineData(0.05, 1.15)]
    [InlineData(0.5, 2.5)]
    [InlineData(0.95, 3.85)]
    [InlineData(0, 1)]
    [InlineData(1, 4)]
    public void Four_values_interpolate_between_order_statistics(double p, double expected)
    {
        // h = 3p: p5 -> h = 0.15 -> 1 + 0.15 x (2 - 1); p95 -> h = 2.85 -> 3 + 0.85 x (4 - 3).
        Assert.Equal(expected, Percentile.Of([4, 1, 3, 2], p), 12);
    }

    [Fact]
    public void A_whole_rank_takes_the_order_statistic_itself()
    {
        Assert.Equal(30, Percentile.OfSorted([10, 20, 30, 40, 50], 0.5));
        Assert.Equal(14, Percentile.OfSorted([10, 20, 30, 40, 50], 0.1), 12);
    }

    [Fact]
    public void One_value_is_every_percentile()
    {
        Assert.Equal(7, Percentile.Of([7], 0.05));
        Assert.Equal(7, Percentile.Of([7], 0.95));
    }

    [Fact]
    public void An_empty_sample_or_a_level_outside_0_1_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Percentile.Of([], 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.Of([1], 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Percentile.Of([1], double.NaN));
    }
}
