using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.Analysis;

/// <summary>The replicates of a run folder that share one combination of key column values (a sweep point), in file order.</summary>
public sealed record RunPoint(IReadOnlyList<KeyValuePair<string, string>> Keys, IReadOnlyList<ReplicateRecord> Replicates)
{
    /// <summary>The point as people read it (<see cref="KeyLabel"/>), <c>model.probability = 0.1, seeding.strategy = greedy</c>, or <c>(whole run)</c> without key columns.</summary>
    public string Label => Keys.Count == 0 ? "(whole run)" : KeyLabel.Of(Keys);
}
