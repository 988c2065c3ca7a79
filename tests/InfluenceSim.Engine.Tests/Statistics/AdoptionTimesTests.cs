using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Statistics;

/// <summary>Time to a share of final adoption and the peak step, on hand-made time series.</summary>
public sealed class AdoptionTimesTests
{
    [Theory]
    [InlineData(10, 0)]
    [InlineData(50, 2)]
    [InlineData(90, 3)]
    [InlineData(100, 4)]
    [InlineData(0, 0)]
    public void Time_to_a_share_is_the_first_step_at_which_adopters_reach_it(int percent, int expected)
    {
        // Adopters by step: 2, 5, 10, 18, 20 (final 20): 10% = 2 at step 0, 50% = 10 at step 2, 90% = 18 at step 3.
        Assert.Equal(expected, AdoptionTimes.TimeToPercent(Series.Of(2, 3, 5, 8, 2), percent));
    }

    [Fact]
    public void A_share_that_is_a_whole_number_of_adopters_is_reached_exactly_at_it()
    {
        // 10% of 30 is 3 adopters, reached at step 1; 0.1 x 30 in doubles is 3.0000000000000004, which must not move it.
        Assert.Equal(1, AdoptionTimes.TimeToPercent(Series.Of(1, 2, 27), 10));
    }

    [Fact]
    public void A_replicate_without_adopters_reaches_every_share_at_step_0()
    {
        Assert.Equal(0, AdoptionTimes.TimeToPercent(Series.Of(0), 90));
        Assert.Equal(0, AdoptionTimes.PeakStep(Series.Of(0)));
    }

    [Fact]
    public void The_peak_is_the_step_with_the_most_new_adopters()
    {
        Assert.Equal(3, AdoptionTimes.PeakStep(Series.Of(2, 3, 5, 8, 2)));
    }

    [Fact]
    public void The_earliest_step_wins_a_tie_and_the_seeds_count()
    {
        Assert.Equal(1, AdoptionTimes.PeakStep(Series.Of(1, 4, 4, 1)));
        Assert.Equal(0, AdoptionTimes.PeakStep(Series.Of(10, 3, 2)));
    }

    [Fact]
    public void An_empty_time_series_or_a_share_outside_0_100_is_refused()
    {
        Assert.Throws<ArgumentException>(() => AdoptionTimes.PeakStep([]));
        Assert.Throws<ArgumentOutOfRangeException>(() => AdoptionTimes.TimeToPercent(Series.Of(1), 101));
    }
}
