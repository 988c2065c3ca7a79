using InfluenceSim.Cli.Traffic;

namespace InfluenceSim.Cli.Tests.Traffic;

/// <summary><c>bench</c> on the embedded silo says that no message crossed a silo instead of printing a traffic table.</summary>
public sealed class EmbeddedBenchTrafficTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Embedded_bench_says_there_is_no_cross_silo_traffic()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "bench", "--nodes", "500", "--replicates", "1", "--hosting", "blocks");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(TrafficTable.Embedded, lines);
        Assert.DoesNotContain(lines, line => line.StartsWith("network traffic per run", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
