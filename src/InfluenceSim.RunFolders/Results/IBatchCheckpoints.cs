namespace InfluenceSim.RunFolders.Results;

/// <summary>Where a run keeps the results of its finished replicate batches, so that a lost cluster or an interrupted run redoes only the others.</summary>
public interface IBatchCheckpoints
{
    /// <summary>The saved result of <paramref name="batch"/>, or null when it has not finished.</summary>
    RunResult? Load(ReplicateBatch batch);

    /// <summary>Saves the result of a finished batch (whole or not at all).</summary>
    void Save(ReplicateBatch batch, RunResult result);
}
