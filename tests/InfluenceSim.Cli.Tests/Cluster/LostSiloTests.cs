using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>
/// One silo of three killed with SIGKILL at a named point (the silo's test hook: as its partitions
/// advance to step 3): the run redoes its work on the two survivors and writes the embedded run's
/// tables. The cluster's every silo (one, so that it dies at a known moment) killed in replicate batch 1 of
/// three: the run fails naming it (after a wait the test shortens) and keeps batch 0 in its checkpoint; the silo restarted on the same ports,
/// <c>run --resume</c> writes the embedded run's tables.
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
        var embeddedRun = cluster.EmbeddedRunAsync(scenario);
        var silos = new List<SiloProcess>();
        SiloProcess? doomed = null;
        try
        {
            await SiloProcess.StartTogetherAsync(
                silos,
                () => SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId),
                () => SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId),
                async () => doomed = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId, killAtStep: 3));
            var folder = new RunFolder(cluster.Temp.File("lost-silo-cluster"));

            var outcome = await CliProcess.RunAsync(cluster.Temp.Path, scenario.RunArgs(folder.Path, "--cluster", cluster.Redis.Uri, "--cluster-id", clusterId));
            string embedded = await embeddedRun;

            Assert.True(outcome.ExitCode == 0, outcome.ToString());
            Assert.True(doomed!.Process.HasExited, doomed.Process.Output);
            foreach (string table in scenario.Tables)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(embedded, table)), folder.Bytes(table));
            }

            Assert.Equal(2, (int)folder.ManifestJson["silos"]!);
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Losing_every_silo_keeps_the_finished_batches_and_resume_completes_identically()
    {
        cluster.Require();
        const string clusterId = "all-lost";
        var scenario = ClusterCase.Named("ic-batches", cluster.Temp);
        var embeddedRun = cluster.EmbeddedRunAsync(scenario);
        await using var doomed = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId, killAtStep: 3, killInBatch: 1);
        var folder = new RunFolder(cluster.Temp.File("all-lost-cluster"));
        string[] clusterArgs = ["--cluster", cluster.Redis.Uri, "--cluster-id", clusterId];

        var lost = await CliProcess.RunAsync(cluster.Temp.Path, ShortLossWait, scenario.RunArgs(folder.Path, clusterArgs));
        string[] kept = [.. Directory.GetFiles(Path.Combine(Partial(folder.Path), "checkpoint"), "batch-*.json").Select(Path.GetFileName).Order()!];
        await using var restarted = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId, samePortsAs: doomed);
        var resumed = await CliProcess.RunAsync(cluster.Temp.Path, ["run", "--resume", folder.Path, .. clusterArgs]);
        string embedded = await embeddedRun;

        Assert.True(lost.ExitCode == 1, lost.ToString());
        Assert.Contains($"every silo of the cluster was lost (127.0.0.1:{doomed.SiloPort}@", lost.Stderr, StringComparison.Ordinal);
        Assert.Contains($"continue with 'influencesim run --resume {folder.Path} --cluster URI'", lost.Stderr, StringComparison.Ordinal);
        Assert.Single(kept);
        Assert.EndsWith("-000000.json", kept[0], StringComparison.Ordinal);
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        foreach (string table in scenario.Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(embedded, table)), folder.Bytes(table));
        }
    }

    /// <summary>
    /// The test hook (docs/safety.md "Test hooks") that gives up on a cluster that does not answer after 15 s instead of 90 s:
    /// the only silo is dead by then, and Orleans' membership settings are the product's.
    /// </summary>
    private static readonly Dictionary<string, string> ShortLossWait = new() { ["INFLUENCESIM_TEST_SILO_LOSS_WAIT"] = "15" };

    /// <summary>The hidden work folder of an interrupted run into <paramref name="target"/>.</summary>
    private static string Partial(string target) =>
        Assert.Single(Directory.GetDirectories(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.partial-*"));
}
