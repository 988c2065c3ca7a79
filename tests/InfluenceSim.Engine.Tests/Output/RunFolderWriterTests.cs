using System.Text.Json.Nodes;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

public sealed class RunFolderWriterTests : IDisposable
{
    private static readonly DateTimeOffset Started = new(2025, 1, 31, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Ended = new(2025, 1, 31, 12, 0, 9, TimeSpan.Zero);
    private static readonly ManifestInfo Info = new(1, Started, Started.AddSeconds(3), new RunTimings(0.5, 0.25, 2, 0));
    private static readonly string[] RunFiles = ["manifest.json", "runs.csv", "summary.json", "timeseries.csv"];

    private readonly TempFolder root = new();
    private readonly CancellationToken cancellation = TestContext.Current.CancellationToken;

    public void Dispose() => root.Dispose();

    [Fact]
    public async Task Writes_the_four_files_and_nothing_else()
    {
        string target = root.File("runs/quick");
        var result = Fixtures.TwoReplicates();

        await Write(target, result);

        Assert.Equal(RunFiles, Names(target));
        Assert.Equal(["quick"], Names(root.File("runs")));
        Assert.Equal(RunsCsv.Format(result, 42), await File.ReadAllTextAsync(Path.Combine(target, "runs.csv"), cancellation));
        Assert.Equal(TimeseriesCsv.Format(result), await File.ReadAllTextAsync(Path.Combine(target, "timeseries.csv"), cancellation));
        Assert.Equal(SummaryJson.Format(result), await File.ReadAllTextAsync(Path.Combine(target, "summary.json"), cancellation));
    }

    [Fact]
    public async Task With_the_stream_on_writes_the_events_table_and_the_manifests_events()
    {
        string target = root.File("quick");
        var result = Fixtures.WithEvents();

        await Write(target, result, scenario: Fixtures.ScenarioWithEvents(3));

        Assert.Equal(["events.csv", .. RunFiles], Names(target));
        Assert.Equal(EventsCsv.Format(result), await File.ReadAllTextAsync(Path.Combine(target, "events.csv"), cancellation));
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(target, "manifest.json"), cancellation))!;
        Assert.Equal(5, manifest["events"]!["delivered"]!.GetValue<long>());
        Assert.True(manifest["events"]!["truncated"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Without_the_stream_no_events_table_is_written_even_with_events()
    {
        string target = root.File("quick");

        await Write(target, Fixtures.WithEvents());

        Assert.Equal(RunFiles, Names(target));
    }

    [Fact]
    public async Task Records_its_own_output_time_and_end_in_the_manifest()
    {
        string target = root.File("quick");

        var recorded = await Write(target, Fixtures.TwoReplicates());

        Assert.Equal(Info with { EndedUtc = Ended, Timings = Info.Timings.WithOutput(0.25) }, recorded);
        string text = await File.ReadAllTextAsync(Path.Combine(target, "manifest.json"), cancellation);
        Assert.Equal(ManifestJson.Format(Fixtures.Scenario(), Fixtures.TwoReplicates(), recorded), text);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(0.25, manifest["timings"]!["output"]!.GetValue<double>());
        Assert.Equal("2025-01-31T12:00:09.0000000Z", manifest["ended_utc"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_empty_existing_folder_is_filled()
    {
        string target = Directory.CreateDirectory(root.File("quick")).FullName;

        await Write(target, Fixtures.TwoReplicates());

        Assert.Equal(RunFiles, Names(target));
    }

    [Fact]
    public async Task A_non_empty_folder_is_refused_without_force_and_left_alone()
    {
        string target = OldRunFolder();

        var error = await Assert.ThrowsAsync<RunFolderRefusedException>(() => Write(target, Fixtures.TwoReplicates()));

        Assert.Contains("--force", error.Message, StringComparison.Ordinal);
        Assert.Equal(["manifest.json"], Names(target));
        Assert.Equal(["quick"], Names(root.Path));
    }

    [Fact]
    public async Task Force_replaces_the_old_contents_once_the_new_folder_is_complete()
    {
        string target = OldRunFolder();

        await Write(target, Fixtures.TwoReplicates(), force: true);

        Assert.Equal(RunFiles, Names(target));
        Assert.Equal(["quick"], Names(root.Path));
    }

    [Fact]
    public async Task A_cancelled_run_leaves_no_folder()
    {
        string target = root.File("runs/quick");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Write(target, Fixtures.TwoReplicates(), cancellationToken: new CancellationToken(canceled: true)));

        Assert.Empty(Names(root.File("runs")));
    }

    [Fact]
    public async Task A_cancelled_forced_run_leaves_the_old_folder_as_it_was()
    {
        string target = OldRunFolder();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Write(target, Fixtures.TwoReplicates(), force: true, new CancellationToken(canceled: true)));

        Assert.Equal(["manifest.json"], Names(target));
        Assert.Equal(["quick"], Names(root.Path));
    }

    [Fact]
    public async Task A_file_in_the_way_is_refused()
    {
        await File.WriteAllTextAsync(root.File("quick"), "x", cancellation);

        await Assert.ThrowsAsync<RunFolderRefusedException>(() => Write(root.File("quick"), Fixtures.TwoReplicates(), force: true));

        Assert.Equal(["quick"], Names(root.Path));
    }

    [Fact]
    public void Check_target_accepts_a_missing_or_empty_folder()
    {
        Assert.Null(RunFolderWriter.CheckTarget(root.File("missing"), force: false));
        Assert.Null(RunFolderWriter.CheckTarget(root.Path + Path.DirectorySeparatorChar, force: false));
    }

    [Fact]
    public void Check_target_needs_force_for_a_non_empty_folder()
    {
        string target = OldRunFolder();

        string? problem = RunFolderWriter.CheckTarget(target, force: false);

        Assert.NotNull(problem);
        Assert.Contains(target, problem, StringComparison.Ordinal);
        Assert.Contains("not empty", problem, StringComparison.Ordinal);
        Assert.Null(RunFolderWriter.CheckTarget(target, force: true));
    }

    [Fact]
    public async Task Check_target_refuses_a_file_even_with_force()
    {
        await File.WriteAllTextAsync(root.File("quick"), "x", cancellation);

        Assert.NotNull(RunFolderWriter.CheckTarget(root.File("quick"), force: true));
    }

    [Fact]
    public void Check_target_never_replaces_the_current_directory_or_a_folder_above_it()
    {
        string current = Environment.CurrentDirectory;

        Assert.NotNull(RunFolderWriter.CheckTarget(current, force: true));
        Assert.NotNull(RunFolderWriter.CheckTarget(Path.GetDirectoryName(current)!, force: true));
    }

    [Fact]
    public void Check_target_with_force_refuses_a_folder_that_is_not_a_run_folder()
    {
        string target = Directory.CreateDirectory(root.File("project")).FullName;
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

        string? problem = RunFolderWriter.CheckTarget(target, force: true);

        Assert.Equal($"the output folder '{target}' is not a run folder (it has no manifest.json); --force replaces only run folders: choose another --out, or empty it first", problem);
    }

    [Fact]
    public void Check_target_with_force_accepts_an_interrupted_runs_checkpoint()
    {
        string target = Directory.CreateDirectory(root.File("sweep")).FullName;
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(target, "checkpoint")).FullName, "plan.json"), "{}");

        Assert.Null(RunFolderWriter.CheckTarget(target, force: true));
    }

    [Fact]
    public void Check_target_refuses_a_folder_that_is_or_contains_an_input_even_with_force()
    {
        string project = Directory.CreateDirectory(root.File("project")).FullName;
        string scenario = Path.Combine(project, "s.yaml");
        File.WriteAllText(scenario, "name: s");
        File.WriteAllText(Path.Combine(project, "manifest.json"), "{}");

        Assert.Equal($"the output folder '{project}' contains '{scenario}', an input of this run; choose another --out", RunFolderWriter.CheckTarget(project, force: true, [scenario]));
        Assert.Equal($"the output folder '{root.Path}' contains '{scenario}', an input of this run; choose another --out", RunFolderWriter.CheckTarget(root.Path, force: true, [scenario]));
        Assert.Null(RunFolderWriter.CheckTarget(root.File("elsewhere"), force: true, [scenario]));
    }

    [Fact]
    public void Default_folder_is_under_runs_with_a_utc_timestamp()
    {
        var now = new DateTimeOffset(2025, 1, 31, 23, 5, 9, TimeSpan.FromHours(2));

        Assert.Equal(Path.Combine("runs", "quick-20250131-210509"), RunFolderWriter.DefaultFolder("quick", now));
    }

    private static string[] Names(string folder) =>
        [.. Directory.GetFileSystemEntries(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>()];

    private Task<ManifestInfo> Write(string target, RunResult result, bool force = false, CancellationToken? cancellationToken = null, Scenario? scenario = null) =>
        RunFolderWriter.WriteAsync(
            target,
            scenario ?? Fixtures.Scenario(),
            result,
            new RunFolderWriteOptions(Info) { Force = force, Time = new SteppingTimeProvider(Ended, TimeSpan.FromMilliseconds(250)) },
            cancellationToken ?? cancellation);

    private string OldRunFolder()
    {
        string target = Directory.CreateDirectory(root.File("quick")).FullName;
        File.WriteAllText(Path.Combine(target, "manifest.json"), "{}");
        return target;
    }
}
