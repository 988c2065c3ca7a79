using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Cli.Traffic;

namespace InfluenceSim.Cli.Tests.Traffic;

/// <summary>A run's traffic is the difference of two readings, silo by silo; a silo the first reading did not know started from nothing.</summary>
public sealed class TrafficReadingTests
{
    [Fact]
    public void Since_subtracts_silo_by_silo_and_the_runner_and_sums_the_silos()
    {
        var before = new TrafficReading(new Dictionary<string, SentTraffic> { ["a"] = new(10, 1_000, 1, 50) }, new(3, 300, 0, 0));
        var after = new TrafficReading(
            new Dictionary<string, SentTraffic> { ["a"] = new(15, 1_600, 4, 250), ["b"] = new(2, 90, 1, 10) },
            new(8, 900, 0, 0));

        var run = after.Since(before);

        Assert.Equal(new SentTraffic(5, 600, 3, 200), run.Silos["a"]);
        Assert.Equal(new SentTraffic(2, 90, 1, 10), run.Silos["b"]);
        Assert.Equal(new SentTraffic(5, 600, 0, 0), run.Runner);
        Assert.Equal(new SentTraffic(7, 690, 4, 210), run.AllSilos);
    }
}
