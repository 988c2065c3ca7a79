using System.Globalization;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary><c>bench</c> prints, beside each run's phases, what the garbage collector did during the run.</summary>
public sealed class BenchCollectorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Each_run_gives_the_bytes_it_allocated_the_collector_s_pauses_and_its_collections_by_generation()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "bench", "--nodes", "500", "--replicates", "1,2", "--hosting", "blocks");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.TrimEntries);
        var header = Cells(lines.Single(l => l.StartsWith("| replicates |", StringComparison.Ordinal)));
        string[][] rows = [.. lines.Where(l => l.Length > 2 && l.StartsWith("| ", StringComparison.Ordinal) && char.IsDigit(l[2])).Select(Cells)];
        Assert.Equal(["allocated MiB", "GC pause ms", "GCs gen 0/1/2"], header[^3..]);
        Assert.Equal(2, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Equal(header.Length, row.Length);
            Assert.True(double.Parse(row[^3], CultureInfo.InvariantCulture) > 0, row[^3]);
            Assert.True(double.Parse(row[^2], CultureInfo.InvariantCulture) >= 0, row[^2]);
            int[] collections = [.. row[^1].Split('/').Select(int.Parse)];
            Assert.Equal(3, collections.Length);
            Assert.True(collections[0] >= collections[1] && collections[1] >= collections[2] && collections[2] >= 0, row[^1]);
        });
    }

    public void Dispose() => _temp.Dispose();

    private static string[] Cells(string line) => [.. line.Trim('|').Split('|').Select(c => c.Trim())];
}
