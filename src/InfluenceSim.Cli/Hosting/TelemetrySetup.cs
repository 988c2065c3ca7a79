using InfluenceSim.Engine.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace InfluenceSim.Cli.Hosting;

/// <summary>
/// Registers InfluenceSim's instruments and, when asked, OpenTelemetry export of them beside Orleans' own meter and grain-call
/// spans, under the process's service name and a service instance id of its own (docs/cluster.md "Telemetry").
/// </summary>
public static class TelemetrySetup
{
    /// <summary>Orleans' meter, exported beside InfluenceSim's.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>The service name of a process that runs scenarios (<c>run</c>, <c>bench</c>), on its embedded silo or as a cluster's client.</summary>
    public const string RunnerService = "influencesim-runner";

    /// <summary>The service name of a <c>silo</c> process.</summary>
    public const string SiloService = "influencesim-silo";

    /// <summary>Orleans' activity sources: spans of grain calls made by application code and by the runtime.</summary>
    public static readonly string[] OrleansActivitySources = ["Microsoft.Orleans.Application", "Microsoft.Orleans.Runtime"];

    /// <summary>This process's service instance id: the machine's name and the process id.</summary>
    public static string InstanceId { get; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>Adds the instruments and the exporter <paramref name="exporter"/> names, under <paramref name="service"/>.</summary>
    public static void Add(IServiceCollection services, OtelExporter exporter, string service) => Add(services, service, exporter switch
    {
        OtelExporter.Console => (metrics => metrics.AddConsoleExporter(), tracing => tracing.AddConsoleExporter()),
        OtelExporter.Otlp => (metrics => metrics.AddOtlpExporter(), tracing => tracing.AddOtlpExporter()),
        _ => null,
    });

    /// <summary>Adds the instruments and, when <paramref name="exporters"/> is given, OpenTelemetry with those exporters, under <paramref name="service"/>.</summary>
    public static void Add(IServiceCollection services, string service, (Action<MeterProviderBuilder> Metrics, Action<TracerProviderBuilder> Tracing)? exporters)
    {
        services.AddMetrics();
        services.AddSingleton<InfluenceSimTelemetry>();
        if (exporters is not { } export)
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(service, serviceInstanceId: InstanceId, autoGenerateServiceInstanceId: false))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(InfluenceSimTelemetry.Name, OrleansMeter);
                export.Metrics(metrics);
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource([InfluenceSimTelemetry.Name, .. OrleansActivitySources]);
                export.Tracing(tracing);
            });
    }
}
