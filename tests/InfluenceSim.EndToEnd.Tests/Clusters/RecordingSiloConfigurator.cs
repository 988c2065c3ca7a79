using InfluenceSim.Host;
using Orleans.TestingHost;

namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>Gives test-cluster silos the settings of a real InfluenceSim silo and records every call they receive in <see cref="CallLog"/>.</summary>
public sealed class RecordingSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder) => siloBuilder.AddInfluenceSim().AddIncomingGrainCallFilter<CallRecorder>();
}
