using InfluenceSim.Abstractions.Grains;
using InfluenceSim.Abstractions.Messages;
using InfluenceSim.Grains.Placement;

namespace InfluenceSim.Grains.Traffic;

/// <summary>Answers what its silo has sent over the network: placed on the silo its key names (<see cref="SiloKeyPlacementDirector"/>), it reads the silo's <see cref="SentMessageMeter"/>.</summary>
[SiloKeyPlacement]
public sealed class SiloTrafficGrain(SentMessageMeter meter, ILocalSiloDetails silo) : Grain, ISiloTrafficGrain
{
    public Task<SiloSentTraffic> Sent() => Task.FromResult(new SiloSentTraffic(silo.SiloAddress.ToParsableString(), meter.Total));
}
