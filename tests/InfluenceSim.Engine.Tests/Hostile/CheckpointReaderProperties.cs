using System.Text;
using System.Text.Json.Nodes;
using InfluenceSim.Engine.Tests.Output;
using InfluenceSim.RunFolders;
using InfluenceSim.Scenarios.Sweeps;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Hostile;

/// <summary>For any plan or point file bytes (random, truncated or mutated), reading a sweep's checkpoint gives the record or a <see cref="CheckpointException"/> naming the file, and writes nothing.</summary>
public sealed class CheckpointReaderProperties : IDisposable
{
    private const string Plan = """{"ScenarioFile":"/work/s.yaml","Overrides":["seed=3"],"Sweeps":["model.probability=0.1,0.2"],"ResolvedScenario":"{\"name\":\"s\"}","StartedUtc":"2026-01-01T00:00:00.0000000+00:00","Format":"both","Inputs":[{"Path":"/work/s.yaml","Sha256":"00"}],"Force":false,"ResultsVersion":1}""";

    private static readonly SweepPoint Point = new(0, [new("model.probability", "0.1")], Fixtures.Scenario() with { Resolved = new JsonObject { ["model"] = new JsonObject { ["probability"] = "0.1" } } });

    private readonly TempFolder _folder = new();

    [Fact]
    public void Any_plan_bytes_give_a_plan_or_a_checkpoint_error()
    {
        var checkpoints = new FolderCheckpoints(_folder.Path);
        Directory.CreateDirectory(checkpoints.Folder);
        Check(checkpoints, FolderCheckpoints.PlanFile, Encoding.UTF8.GetBytes(Plan), () => checkpoints.ReadPlan());
    }

    [Fact]
    public void Any_point_bytes_give_a_point_or_a_checkpoint_error()
    {
        var checkpoints = new FolderCheckpoints(_folder.Path);
        Directory.CreateDirectory(checkpoints.Folder);
        checkpoints.Save(Point, KeyedRun.Result());
        string point = Assert.Single(Directory.EnumerateFiles(checkpoints.Folder));
        Assert.NotNull(checkpoints.Load(Point));
        Check(checkpoints, Path.GetFileName(point), File.ReadAllBytes(point), () => checkpoints.Load(Point));
    }

    [Fact]
    public void A_null_item_in_a_list_of_a_point_is_refused_with_its_json_path()
    {
        var checkpoints = new FolderCheckpoints(_folder.Path);
        Directory.CreateDirectory(checkpoints.Folder);
        checkpoints.Save(Point, KeyedRun.Result());
        string point = Assert.Single(Directory.EnumerateFiles(checkpoints.Folder));
        string json = File.ReadAllText(point);
        int replicates = json.IndexOf("\"Replicates\":[", StringComparison.Ordinal) + "\"Replicates\":[".Length;
        File.WriteAllText(point, json.Insert(replicates, "null,"));

        var error = Assert.Throws<CheckpointException>(() => checkpoints.Load(Point));

        Assert.Equal($"{point}: the sweep's checkpoint is damaged: expected a finished point's results as the tool writes it, found null at $.Result.Replicates[0]; start the sweep again without --resume", error.Message);
    }

    public void Dispose() => _folder.Dispose();

    private void Check(FolderCheckpoints checkpoints, string name, byte[] valid, Action read)
    {
        string path = Path.Combine(checkpoints.Folder, name);
        File.WriteAllBytes(path, valid);
        string[] before = [.. Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        HostileInput.Check(HostileInput.Variants(valid), bytes =>
        {
            File.WriteAllBytes(path, bytes);
            try
            {
                read();
            }
            catch (CheckpointException e)
            {
                Assert.Equal(path, e.FilePath);
                Assert.StartsWith($"{path}: the sweep's checkpoint is damaged: expected ", e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
            }
            catch (RunFolderRefusedException e)
            {
                Assert.StartsWith($"'{path}' ", e.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("System.", e.Message, StringComparison.Ordinal);
            }

            Assert.Equal(before, Directory.EnumerateFileSystemEntries(_folder.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        });
    }
}
