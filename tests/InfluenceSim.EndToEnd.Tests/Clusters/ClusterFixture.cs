using System.Diagnostics.Metrics;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>An in-process Orleans test cluster of a given number of silos, shared by the tests of a collection; its silos record the calls they receive when <paramref name="recordCalls"/>.</summary>
public abstract class ClusterFixture(short silos, bool recordCalls = false) : IAsyncLifetime
{
    private TestCluster? _cluster;
    private readonly ServiceCollection _services = new();

    public int Silos => silos;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster has not started");

    /// <summary>A runner that talks to the cluster through its client.</summary>
    public SimulationRunner Runner()
    {
        _services.AddMetrics();
        var meters = _services.BuildServiceProvider().GetRequiredService<IMeterFactory>();
        return new SimulationRunner(Cluster.Client, new InfluenceSimTelemetry(meters));
    }

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(silos);
        if (recordCalls)
        {
            builder.AddSiloBuilderConfigurator<RecordingSiloConfigurator>();
        }
        else
        {
            builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        }

        builder.AddClientBuilderConfigurator<ClientConfigurator>();
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
