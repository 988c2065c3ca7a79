namespace InfluenceSim.RunFolders.Results;

/// <summary>Everything a run produced: the network's size, every replicate's counts and the phase timings.</summary>
public sealed record RunResult(int Nodes, int Ties, IReadOnlyList<ReplicateResult> Replicates, RunTimings Timings)
{
    /// <summary>Whether the replicates are a sweep's points (each replicate's <c>Group</c> its point number): the tables then carry a <c>point</c> column.</summary>
    public bool Sweep { get; init; }

    /// <summary>Adoptions credited to each prescriber over every replicate (observed prescriptions that converted).</summary>
    public IReadOnlyDictionary<int, long> Conversions { get; init; } = new Dictionary<int, long>();

    /// <summary>The interaction stream (empty unless <c>outputs: [events]</c>): at most the cap's rows, sorted by replicate, step, receiver, kind, sender.</summary>
    public IReadOnlyList<InteractionEvent> Events { get; init; } = [];

    /// <summary>The per-node table (empty unless <c>outputs: [nodes]</c>): every node in every replicate, by replicate, then node.</summary>
    public IReadOnlyList<NodeRecord> NodeRecords { get; init; } = [];

    /// <summary>How many messages were delivered in all (the stream's rows before the cap); 0 when the stream is off.</summary>
    public long EventsDelivered { get; init; }

    /// <summary>How many partitions the run's nodes were split into.</summary>
    public int Partitions { get; init; }

    /// <summary>Under <c>blocks</c>, how many replicates one block carries (a fixed batch, the last may hold fewer); null for node grains.</summary>
    public int? ReplicateBatch { get; init; }

    /// <summary>How many node grains were activated: one per node, none under <c>blocks</c>.</summary>
    public int GrainActivations => ReplicateBatch is null ? Nodes : 0;
}
