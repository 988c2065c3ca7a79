using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace InfluenceSim.Host.Clustering;

/// <summary>Orleans' Redis membership, and TLS when the cluster uses it, for silos and clients of one cluster (docs/cluster.md).</summary>
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

    /// <summary>TLS on every connection of the silo with <paramref name="tls"/>'s certificate; nothing when null.</summary>
    public static ISiloBuilder UseClusterTls(this ISiloBuilder silo, ClusterTls? tls) =>
        tls is null ? silo : silo.UseTls(tls.Certificate, tls.Configure);

    /// <summary>TLS on the client's gateway connections with <paramref name="tls"/>'s certificate; nothing when null.</summary>
    public static IClientBuilder UseClusterTls(this IClientBuilder client, ClusterTls? tls) =>
        tls is null ? client : client.UseTls(tls.Certificate, tls.Configure);

    private static void Name(ClusterOptions options, string clusterId)
    {
        options.ServiceId = ClusterNames.ServiceId;
        options.ClusterId = clusterId;
    }
}
