using System.Globalization;

namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>One <c>influencesim silo</c> process on loopback ports of its own, stopped by its id.</summary>
public sealed class SiloProcess : IAsyncDisposable
{
    private SiloProcess(ChildProcess process, int siloPort, int gatewayPort)
    {
        Process = process;
        SiloPort = siloPort;
        GatewayPort = gatewayPort;
    }

    /// <summary>The process.</summary>
    public ChildProcess Process { get; }

    /// <summary>Its silo-to-silo port.</summary>
    public int SiloPort { get; }

    /// <summary>Its gateway port.</summary>
    public int GatewayPort { get; }

    /// <summary>Starts a silo of <paramref name="clusterId"/> on the server <paramref name="uri"/> and waits until it has joined.</summary>
    /// <param name="workingDirectory">The process's working folder.</param>
    /// <param name="uri">The --cluster URI.</param>
    /// <param name="clusterId">The cluster to join.</param>
    /// <param name="killAtStep">When given, the silo kills itself as one of its partitions advances to that step (the silo's test hook).</param>
    /// <param name="killInBatch">When given with <paramref name="killAtStep"/>, only in that replicate batch.</param>
    /// <param name="samePortsAs">A silo that is gone, whose ports the new one takes (a restart).</param>
    /// <param name="options">More options of <c>silo</c>.</param>
    /// <param name="environment">More environment variables of the process.</param>
    public static async Task<SiloProcess> StartAsync(string workingDirectory, string uri, string clusterId, int? killAtStep = null, int? killInBatch = null, SiloProcess? samePortsAs = null, string[]? options = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        int[] ports = samePortsAs is null ? FreePorts.Take(2) : [samePortsAs.SiloPort, samePortsAs.GatewayPort];
        var start = CliProcess.StartInfo(workingDirectory, ["silo", "--cluster", uri, "--cluster-id", clusterId, "--silo-port", Text(ports[0]), "--gateway-port", Text(ports[1]), .. options ?? []]);
        if (killAtStep is { } step)
        {
            start.Environment["INFLUENCESIM_TEST_KILL_AT_STEP"] = Text(step);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (killInBatch is { } batch)
        {
            start.Environment["INFLUENCESIM_TEST_KILL_AT_BATCH"] = Text(batch);
        }

        var silo = new SiloProcess(ChildProcess.Start(start, $"silo on port {ports[0]}"), ports[0], ports[1]);
        try
        {
            await silo.Process.WaitForLineAsync($"joined cluster '{clusterId}'");
        }
        catch
        {
            await silo.DisposeAsync();
            throw;
        }

        return silo;
    }

    /// <summary>
    /// Starts the silos <paramref name="starts"/> makes at the same time (each process starts and joins on its own) into
    /// <paramref name="silos"/> as each joins, so that the caller stops every one even when another fails, then waits until
    /// every one of them sees them all live.
    /// </summary>
    public static async Task StartTogetherAsync(ICollection<SiloProcess> silos, params Func<Task<SiloProcess>>[] starts)
    {
        ArgumentNullException.ThrowIfNull(silos);
        ArgumentNullException.ThrowIfNull(starts);
        await Task.WhenAll(starts.Select(async start =>
        {
            var silo = await start();
            lock (silos)
            {
                silos.Add(silo);
            }
        }));
        await Task.WhenAll(silos.Select(s => s.Process.WaitForLineAsync($"live silos ({starts.Length})")));
    }

    public ValueTask DisposeAsync() => Process.DisposeAsync();

    private static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
