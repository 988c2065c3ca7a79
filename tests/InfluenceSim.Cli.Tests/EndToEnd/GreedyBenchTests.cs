namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary><c>bench --greedy</c>: both estimators choose the seeds, and both seed sets are scored on the same simulations.</summary>
public sealed class GreedyBenchTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Bench_greedy_prints_a_row_for_imm_and_for_celf_with_the_paired_difference()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "bench", "--greedy", "--nodes", "2000", "--probability", "0.05", "--seeds", "3", "--epsilon", "0.3");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains(lines, line => line.StartsWith("| imm, epsilon 0.3, l 1 | ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("| celf, 200 simulations | ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("imm - celf, simulation for simulation: ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("imm: ", StringComparison.Ordinal) && line.Contains("for 3 seeds on 2,000 nodes", StringComparison.Ordinal));
    }

    public void Dispose() => _temp.Dispose();
}
