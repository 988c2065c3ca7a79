namespace InfluenceSim.Cli.Tests.Cluster;

/// <summary>
/// One Redis server and three <c>silo</c> processes of the built program, shared by the tests of
/// the cluster collection (they do not interfere: each run has its own grains); every process is
/// stopped by its id at the end.
/// </summary>
public sealed class SiloCluster : IAsyncLifetime
{
    /// <summary>The cluster id the three silos joined.</summary>
    public const string ClusterId = "tests";

    private readonly List<SiloProcess> _silos = [];
    private readonly Dictionary<string, Task<string>> _embedded = new(StringComparer.Ordinal);

    public TempFolder Temp { get; } = new();

    public RedisServer Redis { get; private set; } = null!;

    /// <summary>The three silos.</summary>
    public IReadOnlyList<SiloProcess> Silos => _silos;

    public async ValueTask InitializeAsync()
    {
        Redis = await RedisServer.StartAsync();
        if (Redis.Missing is not null)
        {
            return;
        }

        await SiloProcess.StartTogetherAsync(_silos, [.. Enumerable.Repeat(() => SiloProcess.StartAsync(Temp.Path, Redis.Uri, ClusterId), 3)]);
    }

    /// <summary>
    /// The folder of <paramref name="scenario"/> run on the embedded silo, run once for all the
    /// tests that compare with it (a test may start it first and await it while its cluster works).
    /// </summary>
    public Task<string> EmbeddedRunAsync(ClusterCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        lock (_embedded)
        {
            if (!_embedded.TryGetValue(scenario.Name, out var run))
            {
                run = RunEmbeddedAsync(scenario);
                _embedded.Add(scenario.Name, run);
            }

            return run;
        }
    }

    private async Task<string> RunEmbeddedAsync(ClusterCase scenario)
    {
        string folder = Temp.File($"{scenario.Name}-embedded");
        var outcome = await CliProcess.RunAsync(Temp.Path, scenario.RunArgs(folder));
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        return folder;
    }

    /// <summary>Skips the calling test when there is no Redis server (outside CI only).</summary>
    public void Require() => Redis.Require();

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }

        await Redis.DisposeAsync();
        Temp.Dispose();
    }
}
