using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Statistics;

/// <summary>A replicate's rows filled to every step: running totals carried over a gap and past the end, per-step counts 0 there.</summary>
public sealed class StepSeriesTests
{
    // Rows at steps 0, 2 and 3; step 1 has no row.
    private static readonly (int Step, double Value)[] Rows = [(0, 2), (2, 5), (3, 6)];

    [Fact]
    public void A_running_total_keeps_its_value_over_a_gap_and_after_the_last_row()
    {
        Assert.Equal([2, 2, 5, 6, 6, 6], StepSeries.Fill(Rows, 5, runningTotal: true));
    }

    [Fact]
    public void A_per_step_count_is_zero_over_a_gap_and_after_the_last_row()
    {
        Assert.Equal([2, 0, 5, 6, 0, 0], StepSeries.Fill(Rows, 5, runningTotal: false));
    }

    [Fact]
    public void Rows_past_the_last_step_are_not_read_and_before_the_first_row_a_total_is_zero()
    {
        Assert.Equal([2, 2, 5], StepSeries.Fill(Rows, 2, runningTotal: true));
        Assert.Equal([0, 4, 4], StepSeries.Fill([(1, 4)], 2, runningTotal: true));
    }
}
