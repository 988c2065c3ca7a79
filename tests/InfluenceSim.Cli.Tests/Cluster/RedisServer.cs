using System.Diagnostics;
using System.Globalization;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>
/// Debian's <c>redis-server</c>, started on 127.0.0.1 on a free port without persistence and
/// killed by its id on dispose. Under CI=true a missing server is a failure; elsewhere the tests
/// that need it are skipped with the reason.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private readonly ChildProcess? _process;

    private RedisServer(ChildProcess? process, int port, string? missing)
    {
        _process = process;
        Port = port;
        Missing = missing;
    }

    /// <summary>Its port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Why there is no server (null when it runs).</summary>
    public string? Missing { get; }

    /// <summary>The <c>--cluster</c> URI of the server.</summary>
    public string Uri => string.Create(CultureInfo.InvariantCulture, $"redis://127.0.0.1:{Port}");

    public static async Task<RedisServer> StartAsync()
    {
        string? program = FindOnPath("redis-server");
        if (program is null)
        {
            string reason = "redis-server is not installed (Debian: apt-get install redis-server); .ci/run installs it";
            return Environment.GetEnvironmentVariable("CI") == "true"
                ? throw new InvalidOperationException($"under CI=true the cluster tests need a Redis server: {reason}")
                : new RedisServer(null, 0, reason);
        }

        int port = FreePorts.Take(1)[0];
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[] { "--bind", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no", "--daemonize", "no" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = ChildProcess.Start(start, "redis-server");
        await process.WaitForLineAsync("Ready to accept connections");
        return new RedisServer(process, port, null);
    }

    /// <summary>Skips the calling test when there is no server.</summary>
    public void Require()
    {
        if (Missing is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    public ValueTask DisposeAsync() => _process?.DisposeAsync() ?? ValueTask.CompletedTask;

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin").Append("/usr/bin")
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
