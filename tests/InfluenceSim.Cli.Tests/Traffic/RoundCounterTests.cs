using InfluenceSim.Cli.Traffic;
using InfluenceSim.Engine.Running;

namespace InfluenceSim.Cli.Tests.Traffic;

/// <summary>A run's rounds are the runner's progress reports after each round, not its activation reports.</summary>
public sealed class RoundCounterTests
{
    [Fact]
    public void Counts_the_reports_after_each_round()
    {
        var rounds = new RoundCounter();
        rounds.Report(new RunProgress("activation", -1, 0, 0, 2, TimeSpan.Zero, 0));
        foreach (int step in new[] { 0, 1, 2 })
        {
            rounds.Report(new RunProgress("propagation", step, 0, 0, 2, TimeSpan.Zero, 0));
        }

        Assert.Equal(3, rounds.Rounds);
    }
}
