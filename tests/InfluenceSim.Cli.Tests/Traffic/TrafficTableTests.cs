using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Cli.Traffic;

namespace InfluenceSim.Cli.Tests.Traffic;

/// <summary>bench's traffic table: a row per silo in address order, the silos together and the runner, per run; bytes per round and per replicate.</summary>
public sealed class TrafficTableTests
{
    [Fact]
    public void Prints_each_silo_the_silos_together_and_the_runner_per_run()
    {
        var sent = new TrafficReading(
            new Dictionary<string, SentTraffic> { ["127.0.0.1:11112@2"] = new(30, 6_000, 2, 400), ["127.0.0.1:11111@1"] = new(10, 4_000, 1, 100) },
            new(5, 2_400, 0, 0));

        var lines = TrafficTable.Lines([new RunTraffic(Replicates: 4, Rounds: 8, sent)]).ToArray();

        Assert.Equal("| replicates | rounds | sender | messages to silos | bytes to silos | bytes to silos per round | bytes to silos per replicate | messages to the runner | bytes to the runner |", lines[1]);
        Assert.Equal(
            [
                "| 4 | 8 | silo 127.0.0.1:11111@1 | 10 | 4,000 | 500 | 1,000 | 1 | 100 |",
                "| 4 | 8 | silo 127.0.0.1:11112@2 | 30 | 6,000 | 750 | 1,500 | 2 | 400 |",
                "| 4 | 8 | all silos | 40 | 10,000 | 1,250 | 2,500 | 3 | 500 |",
                "| 4 | 8 | runner | 5 | 2,400 | 300 | 600 |  |  |",
            ],
            lines[3..]);
    }
}
