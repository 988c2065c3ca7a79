using System.Globalization;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>The TCP ports a process listens on, read from Linux's <c>/proc</c> (its socket descriptors matched with the kernel's listening sockets).</summary>
public static class ListeningPorts
{
    /// <summary>The kernel's state code of a listening TCP socket in <c>/proc/net/tcp</c>.</summary>
    private const string Listen = "0A";

    /// <summary>The sorted, distinct local ports of the TCP sockets process <paramref name="processId"/> listens on (IPv4 and IPv6).</summary>
    public static int[] Of(int processId)
    {
        var inodes = new DirectoryInfo($"/proc/{processId}/fd").GetFileSystemInfos()
            .Select(fd => fd.LinkTarget)
            .OfType<string>()
            .Where(target => target.StartsWith("socket:[", StringComparison.Ordinal))
            .Select(target => target["socket:[".Length..^1])
            .ToHashSet(StringComparer.Ordinal);
        return [.. new[] { "/proc/net/tcp", "/proc/net/tcp6" }
            .Where(File.Exists)
            .SelectMany(table => File.ReadLines(table).Skip(1))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(fields => fields[3] == Listen && inodes.Contains(fields[9]))
            .Select(fields => int.Parse(fields[1][(fields[1].LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .Distinct()
            .Order()];
    }
}
