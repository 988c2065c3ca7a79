using InfluenceSim.Host;
using Microsoft.Extensions.Configuration;
using Orleans.Configuration;
using Orleans.TestingHost;

namespace InfluenceSim.EndToEnd.Tests.Clusters;

/// <summary>Lets the test cluster's client wait as long as a round may take.</summary>
public sealed class ClientConfigurator : IClientBuilderConfigurator
{
    public void Configure(IConfiguration configuration, IClientBuilder clientBuilder) =>
        clientBuilder.Configure<ClientMessagingOptions>(options => options.ResponseTimeout = SiloConfiguration.CallTimeout);
}
