using InfluenceSim.Models.Market;

namespace InfluenceSim.RunFolders.Results;

/// <summary>
/// One delivered message: in <paramref name="Replicate"/> at <paramref name="Step"/>, from a node (or,
/// for a broadcast, a campaign number) to a node, its kind, valence and what came of it.
/// </summary>
public sealed record InteractionEvent(int Replicate, int Step, int From, int To, MessageKind Kind, Valence Valence, MessageOutcome Outcome)
{
    /// <summary>The group of replicates the event belongs to (a sweep point, a compared strategy), as <see cref="ReplicateResult.Group"/>.</summary>
    public int Group { get; init; }
}
