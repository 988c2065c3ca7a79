using System.ComponentModel;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.RunFolders;
using InfluenceSim.Scenarios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>Options of <c>run</c>.</summary>
public sealed class RunSettings : ClusterScenarioSettings
{
    [CommandOption("--out <DIR>"), Description("The run folder (default runs/<scenario-name>-<UTC timestamp>).")]
    public string? Out { get; init; }

    [CommandOption("--force"), Description("Replace an existing run folder (a folder with a manifest.json, or an interrupted run's), only once the new one is complete.")]
    public bool Force { get; init; }

    [CommandOption("--sweep <KEY=V1,V2>"), Description("Sweep one key over a list of values (adds to, or replaces, the scenario's sweep). Repeatable.")]
    public string[] Sweep { get; init; } = [];

    [CommandOption("--resume <DIR>"), Description("Continue the interrupted run or sweep of DIR (kept in a hidden .DIR.partial-* folder beside it; DIR or that folder): finished points are kept, the others run.")]
    public string? Resume { get; init; }

    [CommandOption("--format <FORMAT>"), Description("Files of each table: csv, parquet or both (default). runs.csv and timeseries.csv need csv or both.")]
    public string? Format { get; init; }

    /// <summary>The table format --format names (both when not given).</summary>
    public TableFormat TableFormat => TableFormats.Parse(Format) ?? TableFormat.Both;

    [CommandOption("--otel <EXPORTER>"), Description("Export telemetry: console or otlp (endpoint from OTEL_EXPORTER_OTLP_ENDPOINT).")]
    public string? Otel { get; init; }

    /// <summary>The exporter --otel names.</summary>
    public OtelExporter Exporter => OtelOption.Exporter(Otel);

    public override ValidationResult Validate()
    {
        if (OtelOption.Check(Otel) is { Successful: false } otel)
        {
            return otel;
        }

        if (Format is not null && TableFormats.Parse(Format) is null)
        {
            return ValidationResult.Error($"--format: expected csv, parquet or both, found {EchoedValue.Quote(Format)}");
        }

        if (ClusterTarget.Check(Cluster, ClusterId, TlsCertificate) is { Successful: false } cluster)
        {
            return cluster;
        }

        if (Resume is not null)
        {
            return string.IsNullOrEmpty(Scenario) && Out is null && Set.Length == 0 && Sweep.Length == 0 && Replicates is null && Seed is null
                ? ValidationResult.Success()
                : ValidationResult.Error("--resume DIR continues a run as it was started: give no scenario, --out, --set, --sweep, --replicates or --seed with it");
        }

        return base.Validate();
    }
}
