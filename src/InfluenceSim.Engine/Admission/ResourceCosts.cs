namespace InfluenceSim.Engine.Admission;

/// <summary>
/// The figures of the resource estimate. Node-grain figures are fitted to the peak resident memory
/// and phase times of real runs (<c>/usr/bin/time -v influencesim run</c> on 10k, 100k and 1M
/// nodes, 1, 100 and 1,000 replicates; <c>validate</c> for the network alone); block figures are
/// counted from the partition's arrays. The runs, the fit and the formula are in
/// docs/performance.md ("Resource estimate").
/// </summary>
internal static class ResourceCosts
{
    /// <summary>The runtime, the embedded silo and the server collector's heaps, whatever the scenario.</summary>
    public const double ProcessBytes = 300.0 * 1024 * 1024;

    /// <summary>The network's offsets (out and in), per node.</summary>
    public const double NetworkBytesPerNode = 8;

    /// <summary>
    /// The network's targets, sources and weights (out and in: 24 B), per directed tie, with the
    /// generator's transient lists, which the run then reuses (the peak of <c>validate</c>).
    /// </summary>
    public const double NetworkBytesPerTie = 56;

    /// <summary>One node grain: Orleans' activation (about 2.0 to 2.5 KB), its agent and its setup, with the runner's share, per node.</summary>
    public const double GrainBytesPerNode = 3800;

    /// <summary>What node grains add per directed tie beyond <see cref="NetworkBytesPerTie"/> (their copies of ties and weights reuse the build's transient memory).</summary>
    public const double GrainBytesPerTie = 8;

    /// <summary>A node grain's lane for one replicate (its agent's state and the mail in flight), per node and replicate.</summary>
    public const double GrainLaneBytes = 90;

    /// <summary>A partition's own state of one node under blocks hosting (traits, thresholds, the node's partition), per node.</summary>
    public const double BlockBytesPerNode = 64;

    /// <summary>What a partition adds per directed tie under blocks hosting beyond <see cref="NetworkBytesPerTie"/> (its slice reuses the build's transient memory; no second full copy).</summary>
    public const double BlockBytesPerTie = 8;

    /// <summary>A node's state for one replicate in a replicate batch under blocks hosting (adoption step, credit, root, depth, mail), per node and lane.</summary>
    public const double BlockLaneBytes = 32;

    /// <summary>Replicate lanes held at once under blocks hosting: a batch of 64 replicates per core.</summary>
    public const int BlockLanesPerCore = 64;

    /// <summary>Linear threshold and Bass: the in-tie share's state, per node and replicate.</summary>
    public const double InTieShareBytesPerNode = 36;

    /// <summary>Linear threshold and Bass: the in-tie share's flag, per directed tie and replicate.</summary>
    public const double InTieShareBytesPerTie = 1;

    /// <summary>A row of the per-node table, from the grain's tally to the written file, per node and replicate.</summary>
    public const double NodeRowBytes = 910;

    /// <summary>A row of the interaction stream, from the grain to the written file, per event kept.</summary>
    public const double EventBytes = 480;

    /// <summary>A replicate's result besides its time series (its row, its seeds' cascades).</summary>
    public const double ReplicateBytes = 512;

    /// <summary>A time-series row (thirteen counts), per replicate and step.</summary>
    public const double StepRowBytes = 160;

    /// <summary>Steps a replicate is assumed to record when its bound is larger.</summary>
    public const int RecordedSteps = 100;

    /// <summary>A stored per-tie probability (independent cascade's named rules): 8 B in the run's table and 8 B in the hosts' copies.</summary>
    public const double TieProbabilityBytes = 16;

    /// <summary>Building the network, per directed tie.</summary>
    public const double BuildSecondsPerTie = 1e-7;

    /// <summary>Activating a node grain and handing it its ties, per node.</summary>
    public const double ActivationSecondsPerNode = 25e-6;

    /// <summary>One call to a node grain with a step's mail.</summary>
    public const double CallSeconds = 10e-6;

    /// <summary>Steps at which a node grain has mail in a run of many replicates (lanes share a call only about 2x).</summary>
    public const int VisitedSteps = 20;

    /// <summary>Node grains: one exposure (a letter sorted, considered and counted), per directed tie and replicate.</summary>
    public const double GrainSecondsPerTieReplicate = 5e-8;

    /// <summary>Blocks hosting: one exposure, per directed tie and replicate.</summary>
    public const double BlockSecondsPerTieReplicate = 1e-8;

    /// <summary>Blocks hosting: a node's share of a replicate's steps, per node and replicate.</summary>
    public const double BlockSecondsPerNodeReplicate = 5e-8;
}
