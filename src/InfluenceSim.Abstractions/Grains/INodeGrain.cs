namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// One network node: at once consumer, actor and prescriber. Keyed by (node id, run id) so that
/// every run has fresh activations.
/// </summary>
public interface INodeGrain : IConsumer, IActor, IPrescriber
{
    /// <summary>Leaves the run: the activation is collected once idle.</summary>
    Task Release();
}
