using InfluenceSim.Reporting.Analysis;
using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Tests.Support;

namespace InfluenceSim.Reporting.Tests.Analysis;

public sealed class CurveStatisticsTests : IDisposable
{
    /// <summary>t(0.975, 2), from tables.</summary>
    private const double T2 = 4.302652729749464;

    private readonly TempFolder _temp = new();

    [Fact]
    public void Adoption_curve_carries_each_replicates_final_count_forward()
    {
        var group = Assert.Single(CarryForwardGroups());

        var curve = CurveStatistics.AdoptedFraction(group, group.LastStep);

        Assert.Equal([0, 1, 2, 3], curve.Steps);
        double[] expectedMeans = [0.2, (0.4 + 0.3 + 0.5) / 3, (0.7 + 0.3 + 0.6) / 3, (0.8 + 0.3 + 0.6) / 3];
        for (int step = 0; step < expectedMeans.Length; step++)
        {
            Assert.Equal(expectedMeans[step], curve.Points[step].Mean, 12);
        }

        Assert.Equal(curve.Points[0].Mean, curve.Points[0].Ci95Low, 12);
        Assert.Equal(curve.Points[0].Mean, curve.Points[0].Ci95High, 12);
    }

    [Fact]
    public void Adoption_band_is_the_t_interval_over_the_replicates_at_each_step()
    {
        var group = Assert.Single(CarryForwardGroups());

        var last = CurveStatistics.AdoptedFraction(group, 3).Points[3];

        double mean = (0.8 + 0.3 + 0.6) / 3;
        double sd = Math.Sqrt((Math.Pow(0.8 - mean, 2) + Math.Pow(0.3 - mean, 2) + Math.Pow(0.6 - mean, 2)) / 2);
        double half = T2 * sd / Math.Sqrt(3);
        Assert.Equal(mean - half, last.Ci95Low, 12);
        Assert.Equal(mean + half, last.Ci95High, 12);
        Assert.Equal(3, last.Count);
    }

    [Fact]
    public void New_adoptions_count_zero_once_a_replicate_has_ended_and_curves_extend_to_a_common_last_step()
    {
        var group = Assert.Single(CarryForwardGroups());

        var curve = CurveStatistics.NewAdopters(group, 5);
        var adoption = CurveStatistics.AdoptedFraction(group, 5);

        double[] expected = [2, 2, 4.0 / 3, 1.0 / 3, 0, 0];
        Assert.Equal(expected.Length, curve.Points.Count);
        for (int step = 0; step < expected.Length; step++)
        {
            Assert.Equal(expected[step], curve.Points[step].Mean, 12);
        }

        Assert.Equal(adoption.Points[3], adoption.Points[5]);
    }

    [Fact]
    public void A_gap_in_a_replicates_steps_keeps_its_adopters_and_adds_nobody()
    {
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,5,0.5,3,9\n";
        string timeseries = "replicate,step,new_adopters,adopters,exposures\n0,0,2,2,0\n0,3,3,5,4\n";
        var group = Assert.Single(RunGrouping.Group(RunFolder.Load(HandMadeRun.Write(_temp, "gap", runs, timeseries)), nameRun: false));

        var trajectory = Assert.Single(group.Trajectories);

        Assert.Equal([2, 2, 2, 5], trajectory.Adopters);
        Assert.Equal([2, 0, 0, 3], trajectory.NewAdopters);
    }

    public void Dispose() => _temp.Dispose();

    private IReadOnlyList<ReplicateGroup> CarryForwardGroups() =>
        RunGrouping.Group(RunFolder.Load(HandMadeRun.Write(_temp, "carry", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries)), nameRun: false);
}
