namespace InfluenceSim.Networks.Files;

/// <summary>Caps that protect the readers from hostile or broken network files.</summary>
public static class NetworkFileLimits
{
    /// <summary>Largest file read: 2 GiB, checked before reading and enforced while reading.</summary>
    public const long MaxFileBytes = 2L * 1024 * 1024 * 1024;

    /// <summary>Longest node label, in characters.</summary>
    public const int MaxLabelLength = 1024;

    /// <summary>Longest line of an edge list, in characters (comments included).</summary>
    public const int MaxLineLength = 1024 * 1024;
}
