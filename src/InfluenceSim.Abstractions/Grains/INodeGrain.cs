using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// One network node: at once consumer, actor and prescriber. Keyed by (node id, run id) so that
/// every run has fresh activations.
/// </summary>
public interface INodeGrain : IConsumer, IActor, IPrescriber
{
    /// <summary>
    /// The node's record in every replicate, once the run has ended (only when it joined with
    /// <c>RecordNode</c>); <paramref name="lastSteps"/> gives each replicate's last step that ran.
    /// </summary>
    Task<NodeRecords> Records(int[] lastSteps);

    /// <summary>Leaves the run: the activation is collected once idle.</summary>
    Task Release();
}
