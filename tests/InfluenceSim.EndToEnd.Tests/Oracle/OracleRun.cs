namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>Every replicate of one run of the oracle, with what the CSV files need besides.</summary>
public sealed record OracleRun(int Nodes, long Seed, IReadOnlyList<OracleReplicate> Replicates)
{
    /// <summary>The interaction stream after the cap, sorted by replicate, step, receiver, kind, sender (empty when off).</summary>
    public IReadOnlyList<OracleEvent> Events { get; init; } = [];

    /// <summary>Every row of the stream before the cap (0 when off).</summary>
    public long EventsDelivered { get; init; }
}
