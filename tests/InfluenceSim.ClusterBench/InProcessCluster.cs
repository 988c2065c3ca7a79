using System.Diagnostics.Metrics;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Host;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace InfluenceSim.ClusterBench;

/// <summary>A cluster of in-process silos with a real silo's settings, and a runner on its client.</summary>
internal sealed class InProcessCluster : IAsyncDisposable
{
    private readonly TestCluster _cluster;
    private readonly ServiceProvider _services;

    private InProcessCluster(TestCluster cluster)
    {
        _cluster = cluster;
        _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        Runner = new SimulationRunner(cluster.Client, new InfluenceSimTelemetry(_services.GetRequiredService<IMeterFactory>()));
    }

    public SimulationRunner Runner { get; }

    public static async Task<InProcessCluster> StartAsync(short silos)
    {
        var builder = new TestClusterBuilder(silos);
        builder.AddSiloBuilderConfigurator<SiloSettings>();
        builder.AddClientBuilderConfigurator<ClientSettings>();
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new InProcessCluster(cluster);
    }

    public async ValueTask DisposeAsync()
    {
        await _cluster.StopAllSilosAsync();
        await _cluster.DisposeAsync();
        await _services.DisposeAsync();
    }

    /// <summary>Gives each silo the settings of a real InfluenceSim silo.</summary>
    private sealed class SiloSettings : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddInfluenceSim();
    }

    /// <summary>Lets the client wait as long as a round may take.</summary>
    private sealed class ClientSettings : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
            clientBuilder.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = SiloConfiguration.CallTimeout);
    }
}
