using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Host;
using InfluenceSim.Host.Clustering;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceSim.Cli.Hosting;

/// <summary>
/// The cluster a command runs on: an embedded single silo by default, or an Orleans client of the
/// external cluster <c>--cluster</c> names (docs/cluster.md); either way a runner over its grains.
/// </summary>
internal sealed class ClusterSession : IAsyncDisposable
{
    private readonly IAsyncDisposable _host;
    private readonly ClusterConnection? _connection;

    private ClusterSession(IAsyncDisposable host, IGrainFactory grains, IServiceProvider services, ClusterConnection? connection)
    {
        _host = host;
        _connection = connection;
        Grains = grains;
        Services = services;
        Runner = new SimulationRunner(grains, services.GetRequiredService<InfluenceSimTelemetry>());
    }

    /// <summary>The runner over the session's grains.</summary>
    public SimulationRunner Runner { get; }

    /// <summary>The grain factory of the embedded silo, or of the client.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>The services of the embedded silo, or of the client.</summary>
    public IServiceProvider Services { get; }

    /// <summary>Whether the session is a client of an external cluster (not the embedded silo).</summary>
    public bool External => _connection is not null;

    /// <summary>Starts the embedded silo, or connects to <paramref name="target"/> when given.</summary>
    public static async Task<ClusterSession> StartAsync(ClusterTarget? target, OtelExporter exporter, CancellationToken cancellationToken)
    {
        void Telemetry(IServiceCollection services) => TelemetrySetup.Add(services, exporter, TelemetrySetup.RunnerService);
        bool traced = exporter != OtelExporter.None;
        if (target is null)
        {
            var silo = await EmbeddedSilo.StartAsync(Telemetry, traced, cancellationToken);
            return new ClusterSession(silo, silo.Grains, silo.Services, null);
        }

        var connection = await ClusterConnection.ConnectAsync(target.Address, target.ClusterId, Telemetry, traced, target.Tls, cancellationToken);
        return new ClusterSession(connection, connection.Grains, connection.Services, connection);
    }

    /// <summary>The silos the session runs on: the embedded one, or the external cluster's active silos.</summary>
    public async Task<ManifestInfo> ManifestAsync(DateTimeOffset started, RunTimings timings)
    {
        if (_connection is null)
        {
            return new ManifestInfo(1, started, DateTimeOffset.UtcNow, timings);
        }

        var silos = await _connection.SilosAsync();
        return new ManifestInfo(silos.Count, started, DateTimeOffset.UtcNow, timings)
        {
            Cluster = new ManifestCluster(_connection.ClusterId, _connection.Address.ToString(), silos),
        };
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
