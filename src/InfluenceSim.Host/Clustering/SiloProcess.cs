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
    /// with <paramref name="tls"/>, every connection of the silo is TLS with that certificate.
    /// </summary>
    public static async Task RunAsync(ClusterAddress address, string clusterId, SiloEndpoints endpoints, Action<IServiceCollection>? configureServices, bool traceGrainCalls, ClusterTls? tls, CancellationToken stopping)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(endpoints);
        await address.EnsureReachableAsync();
        var builder = HostBuilders.Create(configureServices, LogLevel.Information);
        builder.Logging.AddFilter("Orleans", LogLevel.Warning);
        builder.Logging.AddFilter("Orleans.Runtime.Scheduler", LogLevel.Error);
        builder.Logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.ColorBehavior = LoggerColorBehavior.Disabled;
        });
        builder.UseOrleans(silo => silo
            .UseCluster(address, clusterId)
            .ConfigureEndpoints(endpoints.Address, endpoints.SiloPort, endpoints.GatewayPort, listenOnAnyHostAddress: false)
            .AddInfluenceSim()
            .AddGrainCallTracing(traceGrainCalls)
            .UseClusterTls(tls));
        if (int.TryParse(Environment.GetEnvironmentVariable(KillAtStepFilter.Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int killAt))
        {
            int? killInBatch = int.TryParse(Environment.GetEnvironmentVariable(KillAtStepFilter.BatchVariable), NumberStyles.None, CultureInfo.InvariantCulture, out int batch) ? batch : null;
            builder.Services.AddSingleton<IIncomingGrainCallFilter>(new KillAtStepFilter(killAt, killInBatch));
        }

        builder.Services.AddHostedService(services => ActivatorUtilities.CreateInstance<MembershipLog>(services, address, clusterId));
        using var host = builder.Build();
        await host.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(Timeout.Infinite, stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await host.StopAsync(CancellationToken.None);
        }
    }
}
