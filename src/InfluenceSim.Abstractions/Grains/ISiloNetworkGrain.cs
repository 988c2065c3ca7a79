namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// The read-only networks one silo holds for <c>blocks</c> runs: keyed by the silo's address (Orleans' parsable form)
/// and placed on that silo, it forgets a run's network once the run has ended (docs/architecture.md "Hostings").
/// </summary>
public interface ISiloNetworkGrain : IGrainWithStringKey
{
    /// <summary>Forgets every slice of the network <paramref name="networkId"/> the silo holds.</summary>
    Task Forget(string networkId);
}
