using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// The network traffic of one silo: keyed by the silo's address (Orleans' parsable form) and placed on that silo, it
/// answers what the silo has sent since its first call (docs/cluster.md "Sizing a cluster").
/// </summary>
public interface ISiloTrafficGrain : IGrainWithStringKey
{
    /// <summary>The messages and bytes the silo has sent to other silos and to clients so far, and the silo it runs on.</summary>
    Task<SiloSentTraffic> Sent();
}
