using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Sweeps;

namespace InfluenceSim.RunFolders;

/// <summary>
/// The checkpoint of a run in progress, in its work folder (<see cref="RunFolderLifecycle"/>): <c>checkpoint/plan.json</c>
/// (what is being run), for a sweep one <c>checkpoint/point-NNNNNN.json</c> per finished point, and one
/// <c>checkpoint/batch-*.json</c> per finished replicate batch of a run of several (<see cref="FolderBatchCheckpoints"/>), each
/// written atomically and each tied to its point or batch. Every checkpoint file is read here, and refused when it belongs
/// to another results version or another point.
/// </summary>
public sealed class FolderCheckpoints(string workFolder) : IPointCheckpoints, IRunCheckpoints
{
    public const string FolderName = "checkpoint";
    public const string PlanFile = "plan.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>The checkpoint folder.</summary>
    public string Folder { get; } = Path.Combine(workFolder, FolderName);

    /// <summary>Whether <paramref name="workFolder"/> holds an unfinished run's checkpoint.</summary>
    public static bool Exists(string workFolder) => File.Exists(Path.Combine(workFolder, FolderName, PlanFile));

    /// <summary>Records what the run runs, before anything else.</summary>
    public void Begin(SweepCheckpointPlan plan)
    {
        Directory.CreateDirectory(Folder);
        Write(PlanFile, JsonSerializer.Serialize(plan, Json));
    }

    /// <summary>What an unfinished run was running.</summary>
    /// <exception cref="CheckpointException">The plan file is missing or damaged.</exception>
    /// <exception cref="RunFolderRefusedException">The plan was written by a build of another results version.</exception>
    public SweepCheckpointPlan ReadPlan()
    {
        string path = Path.Combine(Folder, PlanFile);
        var plan = CheckpointJson.Read<SweepCheckpointPlan>(path, "the sweep's plan");
        RefuseOtherVersion(path, plan.ResultsVersion);
        return plan;
    }

    /// <exception cref="CheckpointException">The point's file is damaged.</exception>
    /// <exception cref="RunFolderRefusedException">The point file belongs to another results version or another point.</exception>
    public RunResult? Load(SweepPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        string path = Path.Combine(Folder, PointFile(point.Index));
        if (!Path.Exists(path))
        {
            return null;
        }

        var saved = CheckpointJson.Read<CheckpointPoint>(path, "a finished point's results");
        RefuseOtherVersion(path, saved.ResultsVersion);
        bool samePlace = saved.Point == point.Index && (saved.Keys ?? []).SequenceEqual(point.Assignments);
        if (!samePlace || saved.ScenarioSha256 != ScenarioHash(point))
        {
            string whose = samePlace ? " of another scenario" : "";
            throw new RunFolderRefusedException(string.Create(
                CultureInfo.InvariantCulture,
                $"'{path}' does not belong to point {point.Index} ({Describe(point.Assignments)}) of this sweep: it holds point {saved.Point} ({Describe(saved.Keys ?? [])}){whose}; it was copied or swapped: delete it to run that point again"));
        }

        return saved.Result;
    }

    public void Save(SweepPoint point, RunResult result)
    {
        ArgumentNullException.ThrowIfNull(point);
        Write(PointFile(point.Index), JsonSerializer.Serialize(new CheckpointPoint(ResultsVersion.Current, point.Index, point.Assignments, ScenarioHash(point), result), Json));
    }

    public IBatchCheckpoints Batches(Scenario scenario, string group) => new FolderBatchCheckpoints(Folder, ScenarioHash(scenario), group);

    /// <summary>SHA-256 of a point's canonical resolved scenario (its compact JSON text, keys in the resolved order), lowercase hex.</summary>
    public static string ScenarioHash(SweepPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return ScenarioHash(point.Scenario);
    }

    /// <summary>SHA-256 of a scenario's canonical resolved form (its compact JSON text, keys in the resolved order), lowercase hex.</summary>
    public static string ScenarioHash(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scenario.Resolved.ToJsonString())));
    }

    /// <summary>Refuses a checkpoint file <paramref name="path"/> written under another results version.</summary>
    internal static void RefuseOtherVersion(string path, int version)
    {
        if (version != ResultsVersion.Current)
        {
            throw new RunFolderRefusedException(string.Create(
                CultureInfo.InvariantCulture,
                $"'{path}' was written by an influencesim of results version {version}, and this one computes results version {ResultsVersion.Current}: its finished work cannot be mixed with new results; start the run afresh"));
        }
    }

    private static string Describe(IReadOnlyList<KeyValuePair<string, string>> keys) =>
        keys.Count == 0 ? "no swept keys" : string.Join(", ", keys.Select(k => $"{k.Key} = {k.Value}"));

    private static string PointFile(int index) => string.Create(CultureInfo.InvariantCulture, $"point-{index:D6}.json");

    private void Write(string name, string text) =>
        AtomicFile.WriteAllTextAsync(Path.Combine(Folder, name), text).GetAwaiter().GetResult();
}
