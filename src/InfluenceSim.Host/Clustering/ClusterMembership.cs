using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace InfluenceSim.Host.Clustering;

/// <summary>Orleans' Redis membership for silos and clients of one cluster (docs/cluster.md).</summary>
internal static class ClusterMembership
{
    public static ISiloBuilder UseCluster(this ISiloBuilder silo, ClusterAddress address, string clusterId)
    {
        silo.UseRedisClustering(options => options.ConfigurationOptions = address.RedisOptions());
        silo.Configure<ClusterOptions>(options => Name(options, clusterId));
        return silo;
    }

    public static IClientBuilder UseCluster(this IClientBuilder client, ClusterAddress address, string clusterId)
    {
        client.UseRedisClustering(options => options.ConfigurationOptions = address.RedisOptions());
        client.Configure<ClusterOptions>(options => Name(options, clusterId));
        return client;
    }

    private static void Name(ClusterOptions options, string clusterId)
    {
        options.ServiceId = ClusterNames.ServiceId;
        options.ClusterId = clusterId;
    }
}
