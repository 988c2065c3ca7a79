using System.Globalization;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>
/// <c>bench</c> prints, per run, the managed bytes per node the run retained once its nodes had joined: under
/// <c>node-grains</c> at least an Orleans activation per node, for a later run as well as the first (whose
/// released grains are gone before the later run measures).
/// </summary>
public sealed class BenchRetainedBytesTests : IDisposable
{
    private const string Column = "retained bytes per node";

    /// <summary>Less than one empty Orleans activation (about 1.8 KB): a run whose node grains were all counted retains more per node.</summary>
    private const double LessThanAnActivation = 1_000;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Every_node_grain_run_reports_at_least_an_activation_per_node()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, "bench", "--nodes", "3000", "--replicates", "1,2", "--hosting", "node-grains");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var table = outcome.Stdout.Split('\n', StringSplitOptions.TrimEntries).Where(line => line.StartsWith('|')).Select(Cells).ToList();
        int column = table[0].IndexOf(Column);
        Assert.True(column >= 0, outcome.ToString());
        var rows = table.Skip(2).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.True(double.Parse(row[column], NumberStyles.Number, CultureInfo.InvariantCulture) > LessThanAnActivation, outcome.ToString()));
    }

    public void Dispose() => _temp.Dispose();

    private static List<string> Cells(string line) => [.. line.Trim('|').Split('|', StringSplitOptions.TrimEntries)];
}
