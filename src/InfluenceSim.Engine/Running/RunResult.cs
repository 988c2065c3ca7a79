namespace InfluenceSim.Engine.Running;

/// <summary>Everything a run produced: the network's size, every replicate's counts and the phase timings.</summary>
public sealed record RunResult(int Nodes, int Ties, IReadOnlyList<ReplicateResult> Replicates, RunTimings Timings)
{
    /// <summary>Adoptions credited to each prescriber over every replicate (observed prescriptions that converted).</summary>
    public IReadOnlyDictionary<int, long> Conversions { get; init; } = new Dictionary<int, long>();

    /// <summary>How many node grains were activated (one per node).</summary>
    public int GrainActivations => Nodes;
}
