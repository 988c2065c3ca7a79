using InfluenceSim.Cli.Hosting;
using InfluenceSim.Engine.Running;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Cli.Commands;

/// <summary>The cluster <c>run</c>'s options name (embedded by default), with telemetry as they ask, and the execution that runs scenarios on it.</summary>
internal sealed class RunSession : IAsyncDisposable
{
    private readonly ClusterSession _cluster;

    private RunSession(ClusterSession cluster)
    {
        _cluster = cluster;
        Execution = new ScenarioExecution(cluster.Runner);
    }

    public ScenarioExecution Execution { get; }

    public static async Task<RunSession> StartAsync(RunSettings settings, CancellationToken cancellationToken) =>
        new(await ClusterSession.StartAsync(settings.Target, settings.Exporter, cancellationToken));

    /// <summary>What the manifest records about the silos the run used.</summary>
    public Task<ManifestInfo> ManifestAsync(DateTimeOffset started, RunTimings timings) => _cluster.ManifestAsync(started, timings);

    public ValueTask DisposeAsync() => _cluster.DisposeAsync();
}
