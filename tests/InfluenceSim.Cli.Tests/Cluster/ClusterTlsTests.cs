using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>
/// A cluster whose silo uses TLS with a certificate the test makes (self-signed, in a password-protected PFX): a run with the
/// certificate writes the embedded run's tables; a run without it is refused with a message naming the cluster and the option.
/// </summary>
[Collection(SiloClusterCollection.Name)]
public sealed class ClusterTlsTests(SiloCluster cluster)
{
    private const string Password = "test-password";

    [Fact]
    public async Task A_tls_cluster_runs_with_the_certificate_and_refuses_a_client_without_it()
    {
        cluster.Require();
        const string clusterId = "tls";
        string certificate = Certificate(cluster.Temp.File("cluster.pfx"));
        var environment = new Dictionary<string, string> { ["INFLUENCESIM_TLS_PASSWORD"] = Password };
        var scenario = ClusterCase.Named("ic", cluster.Temp);
        var embeddedRun = cluster.EmbeddedRunAsync(scenario);
        await using var silo = await SiloProcess.StartAsync(cluster.Temp.Path, cluster.Redis.Uri, clusterId, options: ["--tls-certificate", certificate], environment: environment);
        var secured = new RunFolder(cluster.Temp.File("tls-cluster"));
        string[] clusterArgs = ["--cluster", cluster.Redis.Uri, "--cluster-id", clusterId];

        var withCertificateRun = CliProcess.RunAsync(cluster.Temp.Path, environment, scenario.RunArgs(secured.Path, [.. clusterArgs, "--tls-certificate", certificate]));
        var without = await CliProcess.RunAsync(cluster.Temp.Path, scenario.RunArgs(cluster.Temp.File("plain-cluster"), clusterArgs));
        var withCertificate = await withCertificateRun;
        string embedded = await embeddedRun;

        Assert.True(withCertificate.ExitCode == 0, withCertificate.ToString());
        foreach (string table in scenario.Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(embedded, table)), secured.Bytes(table));
        }

        Assert.True(without.ExitCode == 1, without.ToString());
        Assert.Contains($"no silo of cluster '{clusterId}' on redis://127.0.0.1:{cluster.Redis.Port}/0 answered within 10 s (a cluster whose silos use TLS needs --tls-certificate)", without.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A self-signed certificate for 127.0.0.1 with its key, written to <paramref name="path"/> as a PFX under <see cref="Password"/>.</summary>
    private static string Certificate(string path)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=influencesim-test-cluster", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
