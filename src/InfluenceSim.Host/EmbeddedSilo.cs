using System.Net;
using System.Net.Sockets;
using InfluenceSim.Host.Clustering;
using InfluenceSim.Models.Catalogue;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InfluenceSim.Host;

/// <summary>
/// A single silo inside the current process, with localhost clustering bound to the loopback
/// address on a free port and no gateway: nothing to install, nothing reachable from outside.
/// </summary>
public sealed class EmbeddedSilo : IAsyncDisposable
{
    private readonly IHost _host;

    private EmbeddedSilo(IHost host) => _host = host;

    /// <summary>The grain factory of the silo's own client.</summary>
    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>The silo's service provider (for telemetry and logging).</summary>
    public IServiceProvider Services => _host.Services;

    /// <summary>The models the silo runs: the built-in ones and those added to its services with <c>AddInfluenceSimModel</c>; scenarios run on it are validated against them.</summary>
    public ModelRegistry Models => _host.Services.GetRequiredService<ModelRegistry>();

    /// <summary>Starts a silo; <paramref name="configureServices"/> adds the caller's services (telemetry, logging).</summary>
    public static Task<EmbeddedSilo> StartAsync(Action<IServiceCollection>? configureServices = null, CancellationToken cancellationToken = default) =>
        StartAsync(configureServices, traceGrainCalls: false, cancellationToken);

    /// <summary>Starts a silo; with <paramref name="traceGrainCalls"/>, grain calls carry and make trace spans (<see cref="SiloConfiguration.AddGrainCallTracing"/>).</summary>
    public static async Task<EmbeddedSilo> StartAsync(Action<IServiceCollection>? configureServices, bool traceGrainCalls, CancellationToken cancellationToken)
    {
        var builder = HostBuilders.Create(configureServices, LogLevel.Warning);
        string clusterId = $"influencesim-{Environment.ProcessId}-{Guid.NewGuid():N}";
        builder.UseOrleans(silo => silo
            .UseLocalhostClustering(siloPort: FreeLoopbackPort(), gatewayPort: 0, serviceId: ClusterNames.ServiceId, clusterId: clusterId)
            .AddInfluenceSim()
            .AddGrainCallTracing(traceGrainCalls));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new EmbeddedSilo(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
