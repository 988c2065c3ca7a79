namespace InfluenceSim.Engine.Running;

/// <summary>Everything a run produced: the network's size, every replicate's counts and the phase timings.</summary>
public sealed record RunResult(int Nodes, int Ties, IReadOnlyList<ReplicateResult> Replicates, RunTimings Timings)
{
    /// <summary>How many node grains were activated (one per node).</summary>
    public int GrainActivations => Nodes;
}
