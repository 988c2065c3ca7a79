using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>
/// One silo of three killed with SIGKILL at a named point (the silo's test hook: as its partitions
/// advance to step 3): the run redoes its work on the two survivors and writes the embedded run's
/// tables; the only silo killed: the run fails naming it.
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed class LostSiloTests(SiloCluster cluster)
{
    [Fact]
    public async Task A_silo_killed_at_step_3_leaves_the_tables_unchanged()
    {
        cluster.Require();
        const string clusterId = "lost-silo";
        var scenario = ClusterCase.Named("ic", cluster.Temp);
        string embedded = await cluster.EmbeddedRunAsync(scenario);
        await using var first = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId);
        await using var second = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId);
        await using var doomed = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId, killAtStep: 3);
        await doomed.Process.WaitForLineAsync("live silos (3)");
        var folder = new RunFolder(cluster.Temp.File("lost-silo-cluster"));

        var outcome = await CliProcess.RunAsync(cluster.Temp.Path, scenario.RunArgs(folder.Path, "--cluster", cluster.Redis.Uri, "--cluster-id", clusterId));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.True(doomed.Process.HasExited, doomed.Process.Output);
        foreach (string table in scenario.Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(embedded, table)), folder.Bytes(table));
        }

        Assert.Equal(2, (int)folder.ManifestJson["silos"]!);
    }

    [Fact]
    public async Task Losing_every_silo_fails_naming_them_and_writes_nothing()
    {
        cluster.Require();
        const string clusterId = "all-lost";
        var scenario = ClusterCase.Named("ic", cluster.Temp);
        await using var only = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId, killAtStep: 3);
        string folder = cluster.Temp.File("all-lost-cluster");

        var outcome = await CliProcess.RunAsync(cluster.Temp.Path, scenario.RunArgs(folder, "--cluster", cluster.Redis.Uri, "--cluster-id", clusterId));

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.Contains($"every silo of the cluster was lost (127.0.0.1:{only.SiloPort}@", outcome.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder));
    }
}
