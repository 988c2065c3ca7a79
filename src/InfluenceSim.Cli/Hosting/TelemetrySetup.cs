using InfluenceSim.Engine.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace InfluenceSim.Cli.Hosting;

/// <summary>Registers InfluenceSim's instruments and, when asked, OpenTelemetry export of them beside Orleans' own meter.</summary>
public static class TelemetrySetup
{
    /// <summary>Orleans' meter, exported beside InfluenceSim's.</summary>
    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>Adds the instruments and the exporter <paramref name="exporter"/> names.</summary>
    public static void Add(IServiceCollection services, OtelExporter exporter) => Add(services, exporter switch
    {
        OtelExporter.Console => (metrics => metrics.AddConsoleExporter(), tracing => tracing.AddConsoleExporter()),
        OtelExporter.Otlp => (metrics => metrics.AddOtlpExporter(), tracing => tracing.AddOtlpExporter()),
        _ => null,
    });

    /// <summary>Adds the instruments and, when <paramref name="exporters"/> is given, OpenTelemetry with those exporters.</summary>
    public static void Add(IServiceCollection services, (Action<MeterProviderBuilder> Metrics, Action<TracerProviderBuilder> Tracing)? exporters)
    {
        services.AddMetrics();
        services.AddSingleton<InfluenceSimTelemetry>();
        if (exporters is not { } export)
        {
            return;
        }

        services.AddOpenTelemetry()
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(InfluenceSimTelemetry.Name, OrleansMeter);
                export.Metrics(metrics);
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource(InfluenceSimTelemetry.Name);
                export.Tracing(tracing);
            });
    }
}
