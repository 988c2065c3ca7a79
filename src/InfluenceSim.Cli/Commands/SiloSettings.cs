using System.ComponentModel;
using System.Globalization;
using System.Net;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.Host.Clustering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>Options of <c>silo</c>: the cluster to join and where this silo listens.</summary>
public sealed class SiloSettings : CommandSettings
{
    [CommandOption("--cluster <URI>"), Description("The cluster's membership server: redis://host:port[[/db]]. Required.")]
    public string? Cluster { get; init; }

    [CommandOption("--cluster-id <ID>"), Description("The cluster to join (default influencesim); clusters on one server are kept apart by it.")]
    public string ClusterId { get; init; } = ClusterNames.DefaultClusterId;

    [CommandOption("--silo-port <N>"), Description("The silo-to-silo port (default 11111).")]
    public int SiloPort { get; init; } = SiloEndpoints.DefaultSiloPort;

    [CommandOption("--gateway-port <N>"), Description("The port clients (run --cluster) connect to (default 30000).")]
    public int GatewayPort { get; init; } = SiloEndpoints.DefaultGatewayPort;

    [CommandOption("--advertise <ADDRESS>"), Description("The IP address the silo listens on and announces to the cluster (default 127.0.0.1: this machine only).")]
    public string Advertise { get; init; } = IPAddress.Loopback.ToString();

    [CommandOption("--tls-certificate <FILE>"), Description("Use TLS on every connection of the silo with this PKCS#12 (PFX) certificate (password in INFLUENCESIM_TLS_PASSWORD); peers must present the same.")]
    public string? TlsCertificate { get; init; }

    [CommandOption("--dashboard <PORT>"), Description("Serve the Orleans dashboard on this port, on the --advertise address (off by default).")]
    public string? Dashboard { get; init; }

    [CommandOption("--otel <EXPORTER>"), Description("Export the silo's metrics and grain-call spans: console or otlp (endpoint from OTEL_EXPORTER_OTLP_ENDPOINT).")]
    public string? Otel { get; init; }

    /// <summary>Where the silo listens.</summary>
    public SiloEndpoints Endpoints => new(IPAddress.Parse(Advertise), SiloPort, GatewayPort);

    /// <summary>The dashboard to serve, if any (checked by <see cref="Validate"/>).</summary>
    public SiloDashboard? DashboardEndpoint => Dashboard is null ? null : new(IPAddress.Parse(Advertise), int.Parse(Dashboard, NumberStyles.None, CultureInfo.InvariantCulture));

    /// <summary>The cluster to join.</summary>
    public ClusterTarget Target => ClusterTarget.From(Cluster, ClusterId, TlsCertificate) ?? throw new InvalidOperationException("--cluster is required");

    public override ValidationResult Validate()
    {
        if (Cluster is null)
        {
            return ValidationResult.Error($"--cluster: a cluster URI is required ({ClusterAddress.SupportedSchemes})");
        }

        if (ClusterTarget.Check(Cluster, ClusterId, TlsCertificate) is { Successful: false } cluster)
        {
            return cluster;
        }

        if (OtelOption.Check(Otel) is { Successful: false } otel)
        {
            return otel;
        }

        if (SiloPort is < 1 or > 65535 || GatewayPort is < 1 or > 65535 || SiloPort == GatewayPort)
        {
            return ValidationResult.Error($"--silo-port, --gateway-port: expected two different ports in 1..65535, found {SiloPort} and {GatewayPort}");
        }

        if (Dashboard is not null && !(int.TryParse(Dashboard, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is >= 1 and <= 65535 && port != SiloPort && port != GatewayPort))
        {
            return ValidationResult.Error($"--dashboard: expected a port in 1..65535 other than --silo-port and --gateway-port, found '{Dashboard}'");
        }

        return IPAddress.TryParse(Advertise, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--advertise: expected an IP address, found '{Advertise}'");
    }
}
