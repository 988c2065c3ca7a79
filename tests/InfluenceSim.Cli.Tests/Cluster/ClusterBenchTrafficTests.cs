using System.Globalization;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>
/// <c>bench --cluster</c> on the three silo processes prints, per run, what each silo sent to the other silos and to
/// the runner, the silos together and the runner; with three silos every silo sends bytes to the others.
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed class ClusterBenchTrafficTests(SiloCluster cluster)
{
    [Fact]
    public async Task Bench_on_three_silos_prints_each_silos_cross_silo_bytes()
    {
        cluster.Require();

        var outcome = await CliProcess.RunAsync(cluster.Temp.Path, "bench", "--cluster", cluster.Redis.Uri, "--cluster-id", SiloCluster.ClusterId, "--nodes", "2000", "--replicates", "1,3", "--hosting", "blocks");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var rows = outcome.Stdout.Split('\n', StringSplitOptions.TrimEntries)
            .SkipWhile(line => !line.StartsWith("network traffic per run", StringComparison.Ordinal))
            .Skip(3)
            .TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split('|', StringSplitOptions.TrimEntries))
            .ToArray();
        Assert.Equal(2 * 5, rows.Length);
        foreach (var run in rows.Chunk(5))
        {
            var silos = run[..3];
            Assert.Equal(
                [.. cluster.Silos.Select(s => $"silo 127.0.0.1:{s.SiloPort}").Order(StringComparer.Ordinal)],
                silos.Select(row => row[2].Split('@')[0]).Order(StringComparer.Ordinal));
            Assert.All(run, row => Assert.True(Number(row[1]) > 0, $"rounds in {string.Join(" | ", row)}"));
            Assert.All(run, row => Assert.True(Number(row[4]) > 0, $"bytes to silos in {string.Join(" | ", row)}"));
            Assert.Equal("all silos", run[3][2]);
            Assert.Equal(silos.Sum(row => Number(row[4])), Number(run[3][4]));
            Assert.Equal("runner", run[4][2]);
        }

        Assert.Equal(["1", "3"], rows.Select(row => row[0]).Distinct());
    }

    private static long Number(string cell) => long.Parse(cell, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
