using InfluenceSim.Scenarios;
using Spectre.Console;

namespace InfluenceSim.Cli.Hosting;

/// <summary>The <c>--otel</c> option of <c>run</c> and <c>silo</c>: its values and the exporter each names.</summary>
internal static class OtelOption
{
    /// <summary>The exporter <paramref name="value"/> names (none when not given).</summary>
    public static OtelExporter Exporter(string? value) => value switch
    {
        null => OtelExporter.None,
        "console" => OtelExporter.Console,
        _ => OtelExporter.Otlp,
    };

    /// <summary>Success, or the error naming the option, what it expects and what it found.</summary>
    public static ValidationResult Check(string? value) => value is null or "console" or "otlp"
        ? ValidationResult.Success()
        : ValidationResult.Error($"--otel: expected console or otlp, found {EchoedValue.Quote(value)}");
}
