using InfluenceSim.Cli.Tests.Support;
using InfluenceSim.RunFolders;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>
/// A run or a sweep killed with SIGKILL at each named point of the test hook (docs/safety.md) leaves the old folder as it was
/// and a hidden work folder that <c>run --resume</c> finishes: never a half folder under the run's name, never nothing where
/// something was.
/// </summary>
public sealed class HardKillTests : IDisposable
{
    private const string Scenario = """
        name: killed
        seed: 3
        replicates: 2
        network: { generator: erdos-renyi, nodes: 300, mean-degree: 5 }
        model: { kind: independent-cascade, probability: 0.2 }
        seeding: { strategy: random, count: 3 }

        """;

    private const string OldManifest = "{\"old\": true}\n";

    private const int KilledExitCode = 128 + 9;

    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData(CrashHook.Simulating, false, new[] { "plan.json" })]
    [InlineData(CrashHook.WritingTables, false, new[] { "plan.json" })]
    [InlineData(CrashHook.BeforeRename, false, new string[0])]
    [InlineData(CrashHook.Simulating, true, new[] { "plan.json", "point-000000.json" })]
    [InlineData(CrashHook.WritingTables, true, new[] { "plan.json", "point-000000.json", "point-000001.json" })]
    [InlineData(CrashHook.BeforeRename, true, new string[0])]
    public async Task A_killed_run_keeps_the_old_folder_and_its_resume_puts_the_new_one_in_place(string point, bool sweep, string[] checkpoint)
    {
        string scenario = _temp.Write("killed.yaml", Scenario);
        string old = _temp.Folder("out");
        _temp.Write("out/manifest.json", OldManifest);
        string[] args = ["run", scenario, "--out", "out", "--force", .. sweep ? new[] { "--sweep", "model.probability=0.1,0.3" } : []];

        var killed = await CliProcess.RunAsync(_temp.Path, new Dictionary<string, string> { [CrashHook.Variable] = point }, args);

        Assert.True(killed.ExitCode == KilledExitCode, killed.ToString());
        Assert.Equal(["manifest.json"], _temp.Entries(old));
        Assert.Equal(OldManifest, File.ReadAllText(Path.Combine(old, "manifest.json")));
        string work = Assert.Single(Directory.GetDirectories(_temp.Path, ".out.partial-*"));
        string checkpointFolder = Path.Combine(work, "checkpoint");
        Assert.Equal(checkpoint, Directory.Exists(checkpointFolder) ? _temp.Entries(checkpointFolder) : []);
        Assert.Equal(checkpoint.Length == 0, File.Exists(Path.Combine(work, "manifest.json")));

        var resumed = await CliProcess.RunAsync(_temp.Path, "run", "--resume", "out");

        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Equal(["killed.yaml", "out"], _temp.Entries());
        Assert.Contains($"\"results_version\": {ResultsVersion.Current}", File.ReadAllText(Path.Combine(old, "manifest.json")), StringComparison.Ordinal);
        Assert.Equal(sweep ? 4 : 2, CsvTable.Read(Path.Combine(old, "runs.csv")).Rows.Count);
    }

    [Fact]
    public async Task A_resume_is_admitted_again_against_the_memory_available_now()
    {
        string scenario = _temp.Write("killed.yaml", Scenario);
        string[] args = ["run", scenario, "--out", "out", "--sweep", "model.probability=0.1,0.3"];
        var killed = await CliProcess.RunAsync(_temp.Path, new Dictionary<string, string> { [CrashHook.Variable] = CrashHook.Simulating }, args);
        Assert.True(killed.ExitCode == KilledExitCode, killed.ToString());

        var refused = await CliProcess.RunAsync(_temp.Path, new Dictionary<string, string> { ["INFLUENCESIM_MEMORY_BYTES"] = "1000000" }, "run", "--resume", "out");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("too large for this machine", refused.Stderr, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(_temp.Path, ".out.partial-*"));
        Assert.False(Directory.Exists(Path.Combine(_temp.Path, "out")));
    }

    public void Dispose() => _temp.Dispose();
}
