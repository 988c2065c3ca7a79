using System.Globalization;
using System.Text.Json;
using InfluenceSim.Engine.Running;

namespace InfluenceSim.Engine.Output;

/// <summary>
/// A sweep's checkpoints in its run folder: <c>checkpoint/plan.json</c> (what is being run) and one
/// <c>checkpoint/point-NNNNNN.json</c> per finished point, each written atomically. The folder is
/// replaced by the finished run folder at the end.
/// </summary>
public sealed class FolderCheckpoints(string runFolder) : IPointCheckpoints
{
    public const string FolderName = "checkpoint";
    public const string PlanFile = "plan.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The checkpoint folder.</summary>
    public string Folder { get; } = Path.Combine(runFolder, FolderName);

    /// <summary>Whether <paramref name="runFolder"/> holds an unfinished sweep.</summary>
    public static bool Exists(string runFolder) => File.Exists(Path.Combine(runFolder, FolderName, PlanFile));

    /// <summary>Records what the sweep runs, before its first point.</summary>
    public void Begin(SweepCheckpointPlan plan)
    {
        Directory.CreateDirectory(Folder);
        Write(PlanFile, JsonSerializer.Serialize(plan, Json));
    }

    /// <summary>What an unfinished sweep was running.</summary>
    /// <exception cref="CheckpointException">The plan file is missing or damaged.</exception>
    public SweepCheckpointPlan ReadPlan() => CheckpointJson.Read<SweepCheckpointPlan>(Path.Combine(Folder, PlanFile), "the sweep's plan");

    /// <exception cref="CheckpointException">The point's file is damaged.</exception>
    public RunResult? Load(int index)
    {
        string path = Path.Combine(Folder, PointFile(index));
        return Path.Exists(path) ? CheckpointJson.Read<RunResult>(path, "a finished point's results") : null;
    }

    public void Save(int index, RunResult result) => Write(PointFile(index), JsonSerializer.Serialize(result, Json));

    private static string PointFile(int index) => string.Create(CultureInfo.InvariantCulture, $"point-{index:D6}.json");

    private void Write(string name, string text) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(Folder, name), text).GetAwaiter().GetResult();
}
