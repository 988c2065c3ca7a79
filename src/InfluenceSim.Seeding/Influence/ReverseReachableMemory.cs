using System.Globalization;

namespace InfluenceSim.Seeding.Influence;

/// <summary>What reverse-reachable sets take in memory: for IMM before it samples, and for the run's resource estimate.</summary>
public static class ReverseReachableMemory
{
    /// <summary>A node entry of the reverse-reachable sets (the sets, their growth and the node index).</summary>
    public const double EntryBytes = 12;

    /// <summary>The bytes of sets holding <paramref name="entries"/> node entries.</summary>
    public static double Bytes(double entries) => entries * EntryBytes;

    /// <summary>How <see cref="Bytes"/> was counted, e.g. <c>12 B x 1,000 entries</c>.</summary>
    public static string Count(double entries) => string.Create(CultureInfo.InvariantCulture, $"{EntryBytes:#,##0} B x {entries:#,##0} entries");
}
