using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Statistics;

/// <summary>Per-step statistics carry a finished replicate's final adopters forward with no new adopters.</summary>
public sealed class StepStatisticsTests
{
    // Replicate 0: adopters 1, 3, 6, 7 at steps 0..3; replicate 1: adopters 1, 2 at steps 0..1, then over.
    private static readonly StepStatistics Curve = StepStatistics.Of([Series.Replicate(0, 1, 2, 3, 1), Series.Replicate(1, 1, 1)]);

    [Fact]
    public void Every_step_up_to_the_longest_replicate_has_every_replicate()
    {
        Assert.Equal([0, 1, 2, 3], Curve.Steps.Select(s => s.Step));
        Assert.All(Curve.Steps, s => Assert.Equal(2, s.Replicates));
    }

    [Fact]
    public void Steps_where_both_replicates_run_summarise_their_rows()
    {
        Assert.Equal(SampleSummary.Of([1, 1]), Curve.Steps[0].Adopters);
        Assert.Equal(SampleSummary.Of([3, 2]), Curve.Steps[1].Adopters);
        Assert.Equal(SampleSummary.Of([2, 1]), Curve.Steps[1].NewAdopters);
    }

    [Fact]
    public void A_finished_replicate_counts_with_its_final_adopters_and_no_new_adopters()
    {
        // Step 2: adopters 6 and 2 (carried), mean 4, sd √8; new adopters 3 and 0.
        Assert.Equal(4, Curve.Steps[2].Adopters.Mean);
        Assert.Equal(Math.Sqrt(8), Curve.Steps[2].Adopters.Sd, 12);
        Assert.Equal(1.5, Curve.Steps[2].NewAdopters.Mean);
        Assert.Equal(SampleSummary.Of([7, 2]), Curve.Steps[3].Adopters);
        Assert.Equal(SampleSummary.Of([1, 0]), Curve.Steps[3].NewAdopters);
    }

    [Fact]
    public void The_curves_csv_has_one_row_per_point_and_step_with_the_key_columns_last()
    {
        var keys = new[] { KeyValuePair.Create("model.probability", "0.1") };
        var single = StepStatistics.Of([Series.Replicate(0, 2, 1)]);

        string text = CurvesCsv.Format([(keys, single)]);

        Assert.Equal(
            "step,replicates,adopters_mean,adopters_sd,adopters_ci95_lo,adopters_ci95_hi,new_adopters_mean,new_adopters_sd,new_adopters_ci95_lo,new_adopters_ci95_hi,"
            + "adopters_ci95_bootstrap_lo,adopters_ci95_bootstrap_hi,adopters_p5,adopters_p50,adopters_p95,model.probability\n"
            + "0,1,2,0,2,2,2,0,2,2,2,2,2,2,2,0.1\n"
            + "1,1,3,0,3,3,1,0,1,1,3,3,3,3,3,0.1\n",
            text);
    }

    [Fact]
    public void Adopters_percentiles_interpolate_and_the_bootstrap_interval_lies_within_the_sample()
    {
        var step1 = Curve.Steps[1];

        // Adopters at step 1 are 3 and 2: linear interpolation between them.
        Assert.Equal(2.05, step1.AdoptersP5, 12);
        Assert.Equal(2.5, step1.AdoptersP50, 12);
        Assert.Equal(2.95, step1.AdoptersP95, 12);
        Assert.NotNull(step1.AdoptersBootstrap);
        Assert.InRange(step1.AdoptersBootstrap.Low, 2, 3);
        Assert.InRange(step1.AdoptersBootstrap.High, step1.AdoptersBootstrap.Low, 3);
        Assert.Equal(step1.AdoptersBootstrap, StepStatistics.Of([Series.Replicate(0, 1, 2, 3, 1), Series.Replicate(1, 1, 1)]).Steps[1].AdoptersBootstrap);
    }

    [Fact]
    public void The_curves_csv_writes_doubles_in_round_trip_form()
    {
        string[] lines = CurvesCsv.Format([([], Curve)]).Split('\n');

        Assert.Equal(CurvesCsv.Header, lines[0]);
        Assert.StartsWith("2,2,4,2.8284271247461903,", lines[3], StringComparison.Ordinal);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Points_with_different_key_columns_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CurvesCsv.Format([([KeyValuePair.Create("a.b", "1")], Curve), ([], Curve)]));
    }
}
