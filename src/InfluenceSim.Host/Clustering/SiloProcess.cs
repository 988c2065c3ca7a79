using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace InfluenceSim.Host.Clustering;

/// <summary>
/// One silo of an external cluster, hosted in this process until it is stopped: the embedded
/// silo's configuration (<see cref="SiloConfiguration"/>) with Orleans' Redis membership and real
/// endpoints instead of localhost clustering (docs/cluster.md).
/// </summary>
public static class SiloProcess
{
    /// <summary>
    /// Joins the cluster and serves until <paramref name="stopping"/> fires, then leaves the cluster gracefully; with
    /// <paramref name="traceGrainCalls"/>, grain calls carry and make trace spans (<see cref="SiloConfiguration.AddGrainCallTracing"/>);
    /// with <paramref name="tls"/>, every connection of the silo is TLS with that certificate; with <paramref name="dashboard"/>,
    /// the silo also serves the Orleans dashboard there (a port it cannot listen on throws <see cref="IOException"/>).
    /// </summary>
    public static async Task RunAsync(ClusterAddress address, string clusterId, SiloEndpoints endpoints, Action<IServiceCollection>? configureServices, bool traceGrainCalls, ClusterTls? tls, SiloDashboard? dashboard, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(endpoints);
        await address.EnsureReachableAsync();
        dashboard?.EnsureAvailable();
        using var host = dashboard is null
            ? Configure(HostBuilders.Create(configureServices, LogLevel.Information), address, clusterId, endpoints, traceGrainCalls, tls, dashboard).Build()
            : SiloDashboard.Build(Configure(dashboard.CreateBuilder(configureServices, LogLevel.Information), address, clusterId, endpoints, traceGrainCalls, tls, dashboard));
        try
        {
            await host.StartAsync(CancellationToken.None);
        }
        catch (IOException) when (dashboard is not null)
        {
            await host.StopAsync(CancellationToken.None);
            throw;
        }

        if (dashboard is not null)
        {
            host.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SiloDashboard)).LogInformation("Dashboard at {Url}", dashboard.Url);
        }

        try
        {
            await Task.Delay(Timeout.Infinite, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static TBuilder Configure<TBuilder>(TBuilder builder, ClusterAddress address, string clusterId, SiloEndpoints endpoints, bool traceGrainCalls, ClusterTls? tls, SiloDashboard? dashboard)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Orleans.Runtime.Scheduler", LogLevel.Error);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("Polly", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.ColorBehavior = LoggerColorBehavior.Disabled;
        });
        builder.UseOrleans(silo => SiloDashboard.AddTo(
            silo.UseCluster(address, clusterId)
                .ConfigureEndpoints(endpoints.Address, endpoints.SiloPort, endpoints.GatewayPort, listenOnAnyHostAddress: false)
                .AddInfluenceSim()
                .AddGrainCallTracing(traceGrainCalls)
                .UseClusterTls(tls),
            dashboard));
        if (int.TryParse(Environment.GetEnvironmentVariable(KillAtStepFilter.Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int killAt))
        {
            int? killInBatch = int.TryParse(Environment.GetEnvironmentVariable(KillAtStepFilter.BatchVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int batch) ? batch : null;
            builder.Services.AddSingleton<IIncomingGrainCallFilter>(new KillAtStepFilter(killAt, killInBatch));
        }

        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<MembershipLog>(services, address, clusterId));
        return builder;
    }
}
