namespace InfluenceSim.Scenarios.Generators;

/// <summary>The size of a <c>file</c> network, known before it is read: estimated from the file's byte length (see docs/safety.md).</summary>
internal static class NetworkFileSize
{
    /// <summary>Bytes of an edge-list line assumed when a file's ties are counted from its length.</summary>
    public const double EdgeListBytesPerLine = 12;

    /// <summary>Bytes of a GraphML edge element assumed when a file's ties are counted from its length.</summary>
    public const double GraphMlBytesPerEdge = 40;

    /// <summary>Directed ties per node assumed when a file's nodes are counted from its ties.</summary>
    public const double FileTiesPerNode = 10;

    /// <summary>A network file's nodes and directed ties, estimated from its byte length alone.</summary>
    public static (double Nodes, double Ties) Estimate(NetworkSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        bool graphMl = Path.GetExtension(spec.Path ?? string.Empty).Equals(".graphml", StringComparison.OrdinalIgnoreCase);
        double lines = FileBytes(spec.Path) / (graphMl ? GraphMlBytesPerEdge : EdgeListBytesPerLine);
        double ties = spec.Directed == true ? lines : 2 * lines;
        return (Math.Max(1, Math.Ceiling(ties / FileTiesPerNode)), Math.Ceiling(ties));
    }

    private static long FileBytes(string? path)
    {
        try
        {
            var info = path is null ? null : new FileInfo(path);
            return info is { Exists: true } ? info.Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return 0;
        }
    }
}
