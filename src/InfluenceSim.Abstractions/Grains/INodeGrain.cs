using InfluenceSim.Abstractions.Messages;

namespace InfluenceSim.Abstractions.Grains;

/// <summary>
/// One network node: at once consumer and actor, called by its partition in those roles, and
/// prescriber, whose recommendations leave in its answers (docs/architecture.md "Roles"). Its own
/// methods are its life in a run: joining, the records, leaving. Keyed by (node id, run id) so
/// that every run has fresh activations.
/// </summary>
public interface INodeGrain : IConsumer, IActor
{
    /// <summary>
    /// Joins a run: reads its ties, the model and the replicate lanes it carries from its silo's copy of its partition's share (<paramref name="order"/>); clears any earlier state.
    /// A <see cref="ValueTask"/>: the caller awaits Orleans' answer directly, with no task made around it per node.
    /// </summary>
    ValueTask Join(NodeJoinOrder order);

    /// <summary>
    /// The node's record in every replicate, once the run has ended (only when it joined with
    /// <c>RecordNode</c>); <paramref name="lastSteps"/> gives each replicate's last step that ran.
    /// </summary>
    Task<NodeRecords> Records(int[] lastSteps);

    /// <summary>Leaves the run: the activation is collected once idle.</summary>
    ValueTask Release();
}
