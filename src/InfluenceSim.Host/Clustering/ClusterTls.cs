using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;

namespace InfluenceSim.Host.Clustering;

/// <summary>
/// TLS for a cluster's silo-to-silo and client-to-gateway connections (docs/cluster.md "TLS"): every silo and every client
/// presents the same certificate, read from a PKCS#12 (PFX) file whose password is in <see cref="PasswordVariable"/>, and
/// accepts a peer only when it presents that certificate too.
/// </summary>
public sealed class ClusterTls
{
    /// <summary>The environment variable that holds the certificate file's password (none when unset).</summary>
    public const string PasswordVariable = "INFLUENCESIM_TLS_PASSWORD";

    private ClusterTls(X509Certificate2 certificate, string file)
    {
        Certificate = certificate;
        File = file;
    }

    /// <summary>The certificate this process presents and expects.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The file it was read from.</summary>
    public string File { get; }

    /// <summary>Reads the certificate of <paramref name="file"/>; throws <see cref="ArgumentException"/> with <see cref="TryLoad"/>'s message when it cannot.</summary>
    public static ClusterTls Load(string file) => TryLoad(file, out string error) ?? throw new ArgumentException(error, nameof(file));

    /// <summary>The certificate of <paramref name="file"/>, or null with <paramref name="error"/> naming the option, the file and what is wrong.</summary>
    public static ClusterTls? TryLoad(string file, out string error)
    {
        ArgumentNullException.ThrowIfNull(file);
        error = "";
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(file, Environment.GetEnvironmentVariable(PasswordVariable));
            if (certificate.HasPrivateKey)
            {
                return new ClusterTls(certificate, file);
            }

            error = $"--tls-certificate: '{file}' holds no private key: expected a PKCS#12 (PFX) file with the certificate and its key";
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            error = $"--tls-certificate: cannot read '{file}' as a PKCS#12 (PFX) certificate with the password in {PasswordVariable}: {e.Message}";
        }

        return null;
    }

    /// <summary>Both ends present the certificate and require the peer's to be the same one.</summary>
    internal void Configure(TlsOptions options)
    {
        options.LocalCertificate = Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (remote, _, _) => remote is not null && remote.RawDataMemory.Span.SequenceEqual(Certificate.RawDataMemory.Span);
    }
}
