namespace InfluenceSim.Abstractions.Messages;

/// <summary>One step across every replicate still going.</summary>
/// <param name="Step">The step that ran.</param>
/// <param name="NewAdopters">Adoptions at this step, all replicates together.</param>
/// <param name="Exposures">Exposures delivered at this step, all replicates together.</param>
/// <param name="NodesVisited">Node grains called at this step.</param>
/// <param name="ActiveReplicates">Replicates still going after this step.</param>
/// <param name="Finished">Whether every replicate has ended.</param>
/// <param name="Running">The replicates still going, ascending.</param>
/// <param name="Relayed">The replicates in which the brand relayed somebody at this step, ascending.</param>
/// <param name="RelayedPosts">For each of <paramref name="Relayed"/>, how many nodes the brand relayed.</param>
[GenerateSerializer, Immutable, Alias("influencesim.round-report")]
public sealed record RoundReport(
    [property: Id(0)] int Step,
    [property: Id(1)] long NewAdopters,
    [property: Id(2)] long Exposures,
    [property: Id(3)] int NodesVisited,
    [property: Id(4)] int ActiveReplicates,
    [property: Id(5)] bool Finished,
    [property: Id(6)] int[] Running,
    [property: Id(7)] int[] Relayed,
    [property: Id(8)] int[] RelayedPosts);
