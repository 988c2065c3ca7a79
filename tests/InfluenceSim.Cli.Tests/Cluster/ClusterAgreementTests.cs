using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>
/// A scenario run with <c>run --cluster</c> on three silo processes, under either hosting, writes byte-identical tables
/// to the same scenario run on the embedded silo with node grains; the manifest names the cluster and its silos.
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed class ClusterAgreementTests(SiloCluster cluster)
{
    [Theory]
    [InlineData("ic", "node-grains")]
    [InlineData("lt", "node-grains")]
    [InlineData("market", "node-grains")]
    [InlineData("ic", "blocks")]
    [InlineData("lt", "blocks")]
    [InlineData("market", "blocks")]
    public async Task Cluster_run_writes_the_embedded_runs_tables(string name, string hosting)
    {
        cluster.Require();
        var scenario = ClusterCase.Named(name, cluster.Temp);
        string embedded = await cluster.EmbeddedRunAsync(scenario);
        var clustered = new RunFolder(cluster.Temp.File($"{name}-{hosting}-cluster"));

        var outcome = await CliProcess.RunAsync(cluster.Temp.Path, scenario.RunArgs(clustered.Path, "--cluster", cluster.Redis.Uri, "--cluster-id", SiloCluster.ClusterId, "--set", $"engine.hosting={hosting}"));

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        foreach (string table in scenario.Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(embedded, table)), clustered.Bytes(table));
        }

        var manifest = clustered.ManifestJson;
        Assert.Equal(hosting, (string)manifest["hosting"]!);
        Assert.Equal(3, (int)manifest["silos"]!);
        Assert.Equal(SiloCluster.ClusterId, (string)manifest["cluster"]!["id"]!);
        Assert.Equal(
            [.. cluster.Silos.Select(s => $"127.0.0.1:{s.SiloPort}").Order(StringComparer.Ordinal)],
            manifest["cluster"]!["silos"]!.AsArray().Select(s => ((string)s!).Split('@')[0]).Order(StringComparer.Ordinal));
    }
}
