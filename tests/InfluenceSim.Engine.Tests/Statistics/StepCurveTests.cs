using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Statistics;

/// <summary>The per-step averaging shared by <c>curves.csv</c> and the report: one sample summary per step over the replicates.</summary>
public sealed class StepCurveTests
{
    // Replicate 0 reads 1, 4, 9 at steps 0..2; replicate 1 reads 3, 3, 3.
    private static readonly double[][] Values = [[1, 4, 9], [3, 3, 3]];

    [Fact]
    public void Each_step_summarises_one_value_per_replicate()
    {
        var curve = StepCurve.Of(2, 2, (r, step) => Values[r][step]);

        Assert.Equal([SampleSummary.Of([1, 3]), SampleSummary.Of([4, 3]), SampleSummary.Of([9, 3])], curve);
    }

    [Fact]
    public void The_curve_runs_from_step_0_to_the_last_step_asked_for()
    {
        Assert.Equal(2, StepCurve.Of(2, 1, (r, step) => Values[r][step]).Count);
        Assert.Equal(SampleSummary.Of([1, 3]), Assert.Single(StepCurve.Of(2, 0, (r, step) => Values[r][step])));
    }

    [Fact]
    public void A_curve_needs_a_replicate()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StepCurve.Of(0, 2, (_, _) => 0));
    }
}
