using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime.Messaging;

namespace InfluenceSim.Host.Clustering;

/// <summary>An Orleans client connected to an external cluster's silos through their gateways (docs/cluster.md).</summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host, ClusterAddress address, string clusterId)
    {
        _host = host;
        Address = address;
        ClusterId = clusterId;
    }

    /// <summary>Where the cluster's membership lives.</summary>
    public ClusterAddress Address { get; }

    /// <summary>The cluster id the client joined.</summary>
    public string ClusterId { get; }

    /// <summary>The client's grain factory.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>The client's service provider (for telemetry).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>
    /// Connects to the cluster; throws <see cref="ClusterUnreachableException"/> when its server or every gateway is down. With
    /// <paramref name="traceGrainCalls"/>, the client's grain calls carry its trace context to the silos; with <paramref name="tls"/>,
    /// its gateway connections are TLS with that certificate.
    /// </summary>
    public static async Task<ClusterConnection> ConnectAsync(ClusterAddress address, string clusterId, Action<IServiceCollection>? configureServices, bool traceGrainCalls, ClusterTls? tls, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        await address.EnsureReachableAsync();
        var builder = HostBuilders.Create(configureServices, LogLevel.Critical);
        builder.UseOrleansClient(client =>
        {
            client.UseCluster(address, clusterId).UseClusterTls(tls);
            if (traceGrainCalls)
            {
                client.AddActivityPropagation();
            }
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IClientConnectionRetryFilter, BoundedConnectionRetry>();
        builder.Services.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = SiloConfiguration.CallTimeout);
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (Exception e) when (e is SiloUnavailableException or ConnectionFailedException)
        {
            host.Dispose();
            throw new ClusterUnreachableException($"no silo of cluster '{clusterId}' on {address} answered within {ClusterAddress.ConnectTimeout.TotalSeconds:0} s{(tls is null ? " (a cluster whose silos use TLS needs --tls-certificate)" : "")}: {e.Message}", e);
        }

        return new ClusterConnection(host, address, clusterId);
    }

    /// <summary>The addresses of the cluster's active silos, in order.</summary>
    public async Task<IReadOnlyList<string>> SilosAsync()
    {
        var hosts = await Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true);
        return [.. hosts.Keys.Select(s => s.ToParsableString()).Order(StringComparer.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
