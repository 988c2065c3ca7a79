using InfluenceSim.Cli.Display;
using Microsoft.Extensions.Time.Testing;

namespace InfluenceSim.Cli.Tests.Display;

/// <summary>The ETA from the smoothed rate of work done, on a fake clock (a TimeSpan holds whole ticks, so estimates agree to 1e-6 s).</summary>
public sealed class EtaEstimatorTests
{
    [Fact]
    public void No_estimate_before_work_is_done_then_the_mean_rate_then_a_smoothed_rate()
    {
        var time = new FakeTimeProvider();
        var eta = new EtaEstimator(time);

        Assert.Null(eta.Observe(0));

        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(90, eta.Observe(0.1)!.Value.TotalSeconds, 6);

        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(80, eta.Observe(0.2)!.Value.TotalSeconds, 6);

        // 30 s without progress: the estimate counts down instead of climbing.
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(50, eta.Observe(0.2)!.Value.TotalSeconds, 6);

        // Progress again 40 s after the last: that interval's rate, 0.1 / 40, weighs 1 - exp(-40 / 30).
        time.Advance(TimeSpan.FromSeconds(10));
        double rate = 0.01 + ((1 - Math.Exp(-40.0 / 30)) * ((0.1 / 40) - 0.01));
        Assert.Equal(0.7 / rate, eta.Observe(0.3)!.Value.TotalSeconds, 6);
    }

    [Fact]
    public void A_long_stall_runs_the_estimate_down_to_zero_not_below()
    {
        var time = new FakeTimeProvider();
        var eta = new EtaEstimator(time);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(90, eta.Observe(0.1)!.Value.TotalSeconds, 6);

        time.Advance(TimeSpan.FromSeconds(120));

        Assert.Equal(TimeSpan.Zero, eta.Observe(0.1));
    }

    [Fact]
    public void Steady_work_gives_an_eta_that_falls_by_the_time_that_passed()
    {
        var time = new FakeTimeProvider();
        var eta = new EtaEstimator(time);
        var estimates = new List<double>();

        for (int second = 5; second <= 50; second += 5)
        {
            time.Advance(TimeSpan.FromSeconds(5));
            estimates.Add(eta.Observe(second / 100.0)!.Value.TotalSeconds);
        }

        Assert.Equal([.. Enumerable.Range(1, 10).Select(i => 100.0 - (5 * i))], estimates.Select(e => Math.Round(e, 6)));
    }

    [Fact]
    public void Work_all_done_leaves_nothing()
    {
        var time = new FakeTimeProvider();
        var eta = new EtaEstimator(time);

        time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(TimeSpan.Zero, eta.Observe(1));
    }
}
