using System.ComponentModel;
using InfluenceSim.Cli.Hosting;
using InfluenceSim.Host.Clustering;
using Spectre.Console;
using Spectre.Console.Cli;

namespace InfluenceSim.Cli.Commands;

/// <summary>Options of the verbs that read a scenario and may run it on an external cluster (<c>run</c>, <c>validate</c>).</summary>
public class ClusterScenarioSettings : ScenarioSettings
{
    [CommandOption("--cluster <URI>"), Description("Run on the external cluster whose membership is at URI (redis://host:port[[/db]]) instead of an embedded silo.")]
    public string? Cluster { get; init; }

    [CommandOption("--cluster-id <ID>"), Description("The cluster id of --cluster (default influencesim).")]
    public string ClusterId { get; init; } = ClusterNames.DefaultClusterId;

    [CommandOption("--tls-certificate <FILE>"), Description("Connect to the cluster's gateways over TLS with this PKCS#12 (PFX) certificate (password in INFLUENCESIM_TLS_PASSWORD).")]
    public string? TlsCertificate { get; init; }

    /// <summary>The external cluster, or null for the embedded silo.</summary>
    public ClusterTarget? Target => ClusterTarget.From(Cluster, ClusterId, TlsCertificate);

    public override ValidationResult Validate()
    {
        var cluster = ClusterTarget.Check(Cluster, ClusterId, TlsCertificate);
        return cluster.Successful ? base.Validate() : cluster;
    }
}
