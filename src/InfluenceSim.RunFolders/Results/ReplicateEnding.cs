namespace InfluenceSim.RunFolders.Results;

/// <summary>How a replicate ended (docs/output.md, <c>ended_by</c>): it went quiet, or it was cut off at <c>max-steps</c> while still active.</summary>
public enum ReplicateEnding
{
    /// <summary>Nothing could change any more: nobody adopted at the last step and nothing was pending (also when that happened exactly at <c>max-steps</c>).</summary>
    Quiet,

    /// <summary>Still active at <c>max-steps</c>: something could still have changed, so the replicate is censored.</summary>
    MaxSteps,
}
