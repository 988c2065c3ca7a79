using System.Security.Cryptography;

namespace InfluenceSim.Scenarios;

/// <summary>A file a run reads (the scenario, a network file, a node file): its absolute path and the SHA-256 of its bytes, lowercase hex.</summary>
public sealed record InputFile(string Path, string Sha256)
{
    /// <summary>The SHA-256 of the file at <paramref name="path"/> as it is now, or null when it cannot be read.</summary>
    public static string? HashOf(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Whether the file still has the bytes it had when recorded.</summary>
    public bool IsUnchanged() => HashOf(Path) == Sha256;
}
