using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InfluenceSim.RunFolders.Results;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The finished replicate batches of one scenario and seeding group in a checkpoint folder: one
/// <c>batch-KEY-NNNNNN.json</c> each, KEY naming the scenario's SHA-256 and the group, written atomically; a file is refused
/// when it belongs to another results version, scenario, group or batch (docs/cluster.md "When a silo dies").
/// </summary>
internal sealed class FolderBatchCheckpoints(string folder, string scenarioSha256, string group) : IBatchCheckpoints
{
    private readonly string _key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{scenarioSha256}\n{group}")))[..16];

    /// <exception cref="CheckpointException">The batch's file is damaged.</exception>
    /// <exception cref="RunFolderRefusedException">The file belongs to another results version, run or batch.</exception>
    public RunResult? Load(ReplicateBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        string path = Path.Combine(folder, FileName(batch));
        if (!Path.Exists(path))
        {
            return null;
        }

        var saved = CheckpointJson.Read<CheckpointBatch>(path, "a finished replicate batch's results");
        FolderCheckpoints.RefuseOtherVersion(path, saved.ResultsVersion);
        if (saved.ScenarioSha256 != scenarioSha256 || saved.Group != group || saved.Batch != batch.Index || saved.FirstReplicate != batch.First || saved.Replicates != batch.Count)
        {
            throw new RunFolderRefusedException(string.Create(
                CultureInfo.InvariantCulture,
                $"'{path}' does not belong to replicate batch {batch.Index} (replicates {batch.First} to {batch.First + batch.Count - 1}, seeding {group}) of this run: it holds batch {saved.Batch} (replicates {saved.FirstReplicate} to {saved.FirstReplicate + saved.Replicates - 1}, seeding {saved.Group}){(saved.ScenarioSha256 == scenarioSha256 ? "" : " of another scenario")}; it was copied or swapped: delete it to run that batch again"));
        }

        return saved.Result;
    }

    public void Save(ReplicateBatch batch, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var saved = new CheckpointBatch(ResultsVersion.Current, scenarioSha256, group, batch.Index, batch.First, batch.Count, result);
        AtomicFile.WriteAllTextAsync(Path.Combine(folder, FileName(batch)), JsonSerializer.Serialize(saved)).GetAwaiter().GetResult();
    }

    private string FileName(ReplicateBatch batch) => string.Create(CultureInfo.InvariantCulture, $"batch-{_key}-{batch.Index:D6}.json");
}
