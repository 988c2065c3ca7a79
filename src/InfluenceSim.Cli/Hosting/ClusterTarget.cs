using System.Text.RegularExpressions;
using InfluenceSim.Host.Clustering;
using Spectre.Console;

namespace InfluenceSim.Cli.Hosting;

/// <summary>The external cluster <c>--cluster</c> and <c>--cluster-id</c> name (docs/cluster.md).</summary>
/// <param name="Address">Where the cluster's membership lives.</param>
/// <param name="ClusterId">The cluster id that keeps clusters on one server apart.</param>
public sealed partial record ClusterTarget(ClusterAddress Address, string ClusterId)
{
    /// <summary>The target the options name, or null for the embedded silo (no <c>--cluster</c>).</summary>
    public static ClusterTarget? From(string? cluster, string clusterId) =>
        cluster is null ? null : new ClusterTarget(ClusterAddress.TryParse(cluster, out _) ?? throw new ArgumentException(Check(cluster, clusterId).Message, nameof(cluster)), clusterId);

    /// <summary>Checks the two options: a supported URI and a cluster id of letters, digits, '-', '_' and '.'.</summary>
    public static ValidationResult Check(string? cluster, string clusterId)
    {
        if (cluster is not null && ClusterAddress.TryParse(cluster, out string error) is null)
        {
            return ValidationResult.Error(error);
        }

        return ClusterIdPattern().IsMatch(clusterId)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--cluster-id: expected letters, digits, '-', '_' or '.', found '{clusterId}'");
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex ClusterIdPattern();
}
