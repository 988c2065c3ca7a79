namespace InfluenceSim.Cli.Hosting;

/// <summary>Where <c>--otel</c> sends telemetry.</summary>
public enum OtelExporter
{
    /// <summary>No export (the instruments still exist; nothing listens).</summary>
    None,

    /// <summary>Print metrics and spans on the console.</summary>
    Console,

    /// <summary>Send to an OTLP collector at OTEL_EXPORTER_OTLP_ENDPOINT (default http://localhost:4317).</summary>
    Otlp,
}
