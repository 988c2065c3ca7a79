using System.Text.RegularExpressions;
using InfluenceSim.Host.Clustering;
using Spectre.Console;

namespace InfluenceSim.Cli.Hosting;

/// <summary>The external cluster <c>--cluster</c> and <c>--cluster-id</c> name (docs/cluster.md).</summary>
/// <param name="Address">Where the cluster's membership lives.</param>
/// <param name="ClusterId">The cluster id that keeps clusters on one server apart.</param>
public sealed partial record ClusterTarget(ClusterAddress Address, string ClusterId)
{
    /// <summary>The certificate of <c>--tls-certificate</c>, or null when the cluster's connections are plain.</summary>
    public ClusterTls? Tls { get; init; }

    /// <summary>The target the options name, or null for the embedded silo (no <c>--cluster</c>).</summary>
    public static ClusterTarget? From(string? cluster, string clusterId, string? tlsCertificate = null) =>
        cluster is null ? null : new ClusterTarget(ClusterAddress.TryParse(cluster, out _) ?? throw new ArgumentException(Check(cluster, clusterId).Message, nameof(cluster)), clusterId)
        {
            Tls = tlsCertificate is null ? null : ClusterTls.Load(tlsCertificate),
        };

    /// <summary>
    /// Checks the options: a supported URI, a cluster id of letters, digits, '-', '_' and '.', and a TLS certificate that
    /// can be read (only with a cluster).
    /// </summary>
    public static ValidationResult Check(string? cluster, string clusterId, string? tlsCertificate = null)
    {
        if (cluster is not null && ClusterAddress.TryParse(cluster, out string error) is null)
        {
            return ValidationResult.Error(error);
        }

        if (tlsCertificate is not null)
        {
            if (cluster is null)
            {
                return ValidationResult.Error("--tls-certificate: only with --cluster (the embedded silo has no connections to protect)");
            }

            if (ClusterTls.TryLoad(tlsCertificate, out string problem) is null)
            {
                return ValidationResult.Error(problem);
            }
        }

        return ClusterIdPattern().IsMatch(clusterId)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--cluster-id: expected letters, digits, '-', '_' or '.', found '{clusterId}'");
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex ClusterIdPattern();
}
