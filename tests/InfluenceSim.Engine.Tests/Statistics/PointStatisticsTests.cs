using InfluenceSim.RunFolders.Results;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Engine.Tests.Statistics;

/// <summary>A point's statistics on four hand-made replicates of a 100-node network; expected values worked by hand.</summary>
public sealed class PointStatisticsTests
{
    // Adopters 10, 2, 40, 4 (adopted fractions 0.1, 0.02, 0.4, 0.04).
    private static readonly ReplicateResult[] Replicates =
    [
        Series.Replicate(0, 2, 3, 5),
        Series.Replicate(1, 2),
        Series.Replicate(2, 2, 10, 20, 8),
        Series.Replicate(3, 2, 1, 1),
    ];

    private static readonly PointStatistics Point = PointStatistics.Of(Replicates, 100, 11, 0);

    [Fact]
    public void Every_measure_has_the_summary_of_its_per_replicate_values()
    {
        AssertSummary([0.1, 0.02, 0.4, 0.04], "adopted_fraction");
        AssertSummary([10, 2, 40, 4], "adopters");
        AssertSummary([2, 0, 3, 2], "steps");
        AssertSummary([20, 0, 30, 20], "exposures");
        AssertSummary([0, 0, 1, 0], "time_to_10");
        AssertSummary([1, 0, 2, 0], "time_to_50");
        AssertSummary([2, 0, 3, 2], "time_to_90");
        AssertSummary([2, 0, 2, 0], "peak_step");
    }

    [Fact]
    public void Percentiles_interpolate_between_the_sorted_values()
    {
        // Sorted fractions 0.02, 0.04, 0.1, 0.4: h = 0.15, 1.5 and 2.85.
        var fraction = Point["adopted_fraction"];
        Assert.Equal(0.023, fraction.P5, 12);
        Assert.Equal(0.07, fraction.P50, 12);
        Assert.Equal(0.355, fraction.P95, 12);
    }

    [Fact]
    public void Bootstrap_intervals_resample_the_point_with_the_master_seed_and_its_index()
    {
        Assert.Equal(Bootstrap.Ci95([10, 2, 40, 4], 11, 0), Point["adopters"].Ci95Bootstrap);
        Assert.Equal(Bootstrap.Ci95([10, 2, 40, 4], 11, 1), PointStatistics.Of(Replicates, 100, 11, 1)["adopters"].Ci95Bootstrap);
    }

    [Fact]
    public void A_large_cascade_is_strictly_above_the_threshold()
    {
        // Only 0.4 is above 0.1; 0.1 itself is not.
        Assert.Equal(0.25, Point.LargeCascadeProbability);
        Assert.Equal(0.1, Point.LargeCascadeThreshold);
        Assert.Equal(0.5, PointStatistics.Of(Replicates, 100, 11, 0, 0.05).LargeCascadeProbability);
    }

    [Fact]
    public void Replicates_are_taken_in_replicate_order_whatever_the_input_order()
    {
        string reversed = PointStatistics.Of([.. Replicates.Reverse()], 100, 11, 0).ToJson().ToJsonString();

        Assert.Equal(Point.ToJson().ToJsonString(), reversed);
    }

    [Fact]
    public void A_replicate_on_its_own_network_uses_its_own_size()
    {
        var point = PointStatistics.Of([Replicates[0] with { Nodes = 50 }], 100, 11, 0);

        Assert.Equal(0.2, point["adopted_fraction"].Summary.Mean);
    }

    [Fact]
    public void The_json_has_every_measure_and_states_the_threshold()
    {
        var json = Point.ToJson();

        Assert.Equal(
            ["replicates", "adopted_fraction", "adopters", "steps", "exposures", "time_to_10", "time_to_50", "time_to_90", "peak_step", "large_cascade_threshold", "large_cascade_probability"],
            json.Select(p => p.Key));
        Assert.Equal(4, (int)json["replicates"]!);
        Assert.Equal(["mean", "sd", "ci95", "ci95_bootstrap", "p5", "p50", "p95"], json["adopters"]!.AsObject().Select(p => p.Key));
        Assert.Equal(14, (double)json["adopters"]!["mean"]!);
        Assert.Equal(2, json["adopters"]!["ci95_bootstrap"]!.AsArray().Count);
        Assert.Equal(0.1, (double)json["large_cascade_threshold"]!);
        Assert.Equal(0.25, (double)json["large_cascade_probability"]!);
    }

    [Fact]
    public void No_replicates_or_a_threshold_outside_0_1_is_refused()
    {
        Assert.Throws<ArgumentException>(() => PointStatistics.Of([], 100, 1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => PointStatistics.Of(Replicates, 100, 1, 0, 1.5));
    }

    private static void AssertSummary(double[] values, string metric)
    {
        Assert.Equal(SampleSummary.Of(values), Point[metric].Summary);
    }
}
