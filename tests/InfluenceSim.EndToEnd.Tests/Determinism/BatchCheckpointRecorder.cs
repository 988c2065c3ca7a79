using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>A checkpoint of replicate batches in memory that records which batches the runner saved.</summary>
public sealed class BatchCheckpointRecorder : IBatchCheckpoints
{
    private readonly Dictionary<int, RunResult> _kept = [];

    /// <summary>The batches saved, in the order they were.</summary>
    public List<int> Saved { get; } = [];

    public RunResult? Load(ReplicateBatch batch) => _kept.GetValueOrDefault(batch.Index);

    public void Save(ReplicateBatch batch, RunResult result)
    {
        Saved.Add(batch.Index);
        _kept[batch.Index] = result;
    }

    /// <summary>A checkpoint holding only <paramref name="batches"/> of this one.</summary>
    public BatchCheckpointRecorder Holding(params int[] batches)
    {
        var copy = new BatchCheckpointRecorder();
        foreach (int batch in batches)
        {
            copy._kept[batch] = _kept[batch];
        }

        return copy;
    }
}
