using InfluenceSim.Cli.Hosting;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Host;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceSim.Cli.Commands;

/// <summary>An embedded silo with telemetry as <c>run</c>'s options ask, and the execution that runs scenarios on it.</summary>
internal sealed class RunSession : IAsyncDisposable
{
    private readonly EmbeddedSilo _silo;

    private RunSession(EmbeddedSilo silo)
    {
        _silo = silo;
        Execution = new ScenarioExecution(new SimulationRunner(silo.Grains, silo.Services.GetRequiredService<InfluenceSimTelemetry>()));
    }

    public ScenarioExecution Execution { get; }

    public static async Task<RunSession> StartAsync(RunSettings settings, CancellationToken cancellationToken) =>
        new(await EmbeddedSilo.StartAsync(services => TelemetrySetup.Add(services, settings.Exporter), cancellationToken));

    public ValueTask DisposeAsync() => _silo.DisposeAsync();
}
