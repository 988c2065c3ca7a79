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

        // 30 s (one time constant) without progress: the rate falls to 1/e of what it was.
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(80 * Math.E, eta.Observe(0.2)!.Value.TotalSeconds, 6);
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
