namespace InfluenceSim.RunFolders.Results;

/// <summary>
/// One replicate: its time series (one row per step from 0 to <see cref="Steps"/>), final adopters,
/// the last step at which somebody adopted, and every exposure delivered (including those of the
/// quiet step that ended the replicate, which has no time-series row).
/// </summary>
public sealed record ReplicateResult(int Replicate, IReadOnlyList<StepCounts> Timeseries, long Adopters, int Steps, long Exposures)
{
    /// <summary>Nodes that ended the replicate rejecting the product.</summary>
    public long Rejected { get; init; }

    /// <summary>The longest chain of credited word of mouth: the greatest depth of any adoption.</summary>
    public int CascadeDepth { get; init; }

    /// <summary>Adoptions by prescription or social proof over adoptions that are not seeds (0 when there are none).</summary>
    public double WordOfMouthShare { get; init; }

    /// <summary>Adoptions by broadcast over adoptions that are not seeds (0 when there are none).</summary>
    public double BroadcastShare { get; init; }

    /// <summary>The cascade grown from each seed, by seed id.</summary>
    public IReadOnlyList<SeedCascade> Cascades { get; init; } = [];

    /// <summary>
    /// Extra columns naming the group the replicate belongs to, such as <c>("seeding.strategy", "greedy")</c> in a
    /// comparison; the same columns, in the same order, for every replicate of a run.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Keys { get; init; } = [];

    /// <summary>The group's position in the run: rows are ordered by group, then replicate.</summary>
    public int Group { get; init; }

    /// <summary>How the replicate ended: quiet, or cut off at <c>max-steps</c> while still active (censored).</summary>
    public ReplicateEnding EndedBy { get; init; }

    /// <summary>What the replicate's seeds cost together under <c>seeding.cost</c>, in a seeding comparison (null otherwise).</summary>
    public double? Spend { get; init; }

    /// <summary>The size of the network the replicate ran on, when its group's network differs from the run's (a sweep over the network).</summary>
    public int? Nodes { get; init; }
}
