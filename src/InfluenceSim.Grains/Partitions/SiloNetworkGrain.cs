using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Grains.Placement;

namespace InfluenceSim.Grains.Partitions;

/// <summary>Forgets a run's network on the silo its key names (<see cref="SiloKeyPlacementDirector"/>), from the silo's <see cref="SiloNetworks"/>.</summary>
[SiloKeyPlacement]
public sealed class SiloNetworkGrain(SiloNetworks networks) : Grain, ISiloNetworkGrain
{
    public Task Forget(string networkId)
    {
        networks.Forget(networkId);
        return Task.CompletedTask;
    }
}
