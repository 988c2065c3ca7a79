using InfluenceSim.Extending.Tests.Fashion;
using InfluenceSim.Host;
using Orleans.TestingHost;

namespace InfluenceSim.Extending.Tests;

/// <summary>An in-process test cluster of two silos, each configured as an InfluenceSim silo that runs the fashion model.</summary>
public sealed class TwoFashionSilos : IAsyncLifetime
{
    private TestCluster? _cluster;

    public TestCluster Cluster => _cluster ?? throw new InvalidOperationException("the cluster has not started");

    public async ValueTask InitializeAsync()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<Configurator>();
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
    }

    /// <summary>Adds InfluenceSim and the fashion model to each silo.</summary>
    public sealed class Configurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddInfluenceSim().AddInfluenceSimModel<FashionModel>();
    }
}
