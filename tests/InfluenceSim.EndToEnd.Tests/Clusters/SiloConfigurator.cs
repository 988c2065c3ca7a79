using InfluenceSim.Host;
using Orleans.TestingHost;

namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>Gives test-cluster silos the settings of a real InfluenceSim silo.</summary>
public sealed class SiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddInfluenceSim();
}
