using System.Text.Json.Nodes;
using StackExchange.Redis;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>A silo stopped with SIGTERM leaves the cluster cleanly: exit 0, and no entry of its cluster's membership table in Redis is still active.</summary>
[Collection(SiloClusterCollection.Name)]
public sealed class SiloShutdownTests(SiloCluster cluster)
{
    /// <summary>Orleans' <c>SiloStatus.Active</c> as the Redis membership table stores it.</summary>
    private const int Active = 3;

    [Fact]
    public async Task Sigterm_leaves_no_active_entry_in_the_membership_table()
    {
        cluster.Require();
        const string clusterId = "sigterm";
        await using var silo = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId);
        var before = await StatusesAsync(clusterId);

        await silo.Process.TerminateAsync();
        int exit = await silo.Process.WaitForExitAsync();

        Assert.True(exit == 0, silo.Process.Output);
        Assert.Equal([Active], before);
        var after = await StatusesAsync(clusterId);
        Assert.Single(after);
        Assert.DoesNotContain(Active, after);
    }

    /// <summary>The status of every silo entry in the cluster's membership hash.</summary>
    private async Task<int[]> StatusesAsync(string clusterId)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{cluster.Redis.Port}");
        var entries = await redis.GetDatabase().HashGetAllAsync($"influencesim/members/{clusterId}");
        return [.. entries.Where(e => e.Name != "Version").Select(e => (int)JsonNode.Parse(e.Value.ToString())!["Status"]!)];
    }
}
