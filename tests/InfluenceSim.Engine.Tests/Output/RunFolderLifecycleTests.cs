using InfluenceSim.RunFolders;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Output;

/// <summary>The run folder's one lifecycle: the work folder beside NAME, found again by a resume, put in place only when complete.</summary>
public sealed class RunFolderLifecycleTests : IDisposable
{
    private readonly TempFolder root = new();

    public void Dispose() => root.Dispose();

    [Fact]
    public void The_work_folder_is_a_hidden_sibling_and_the_old_folder_stays_until_complete()
    {
        string target = OldRunFolder("run");

        var folder = RunFolderLifecycle.Begin(target, force: true, []);

        Assert.Equal(root.Path, Path.GetDirectoryName(folder.Partial));
        Assert.Matches(@"^\.run\.partial-[0-9a-f]{12}$", Path.GetFileName(folder.Partial));
        Assert.Equal("old", File.ReadAllText(Path.Combine(target, "manifest.json")));
        File.WriteAllText(Path.Combine(folder.Partial, "manifest.json"), "new");
        folder.Complete(force: true);
        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "manifest.json")));
        Assert.Equal(["run"], Names());
    }

    [Fact]
    public void A_resume_finds_the_work_folder_by_the_run_folders_name_or_by_its_own_path()
    {
        var started = RunFolderLifecycle.Begin(root.File("run"), force: false, []);
        started.Checkpoints.Begin(Plan());

        var byName = RunFolderLifecycle.Resume(root.File("run"));
        var byPath = RunFolderLifecycle.Resume(started.Partial);

        Assert.Equal((started.Partial, root.File("run")), (byName.Partial, byName.Target));
        Assert.Equal((started.Partial, root.File("run")), (byPath.Partial, byPath.Target));
    }

    [Fact]
    public void A_new_run_over_an_interrupted_one_needs_force_and_then_deletes_it_once_complete()
    {
        var interrupted = RunFolderLifecycle.Begin(root.File("run"), force: false, []);
        interrupted.Checkpoints.Begin(Plan());

        var refused = Assert.Throws<RunFolderRefusedException>(() => RunFolderLifecycle.Begin(root.File("run"), force: false, []));
        var forced = RunFolderLifecycle.Begin(root.File("run"), force: true, []);
        File.WriteAllText(Path.Combine(forced.Partial, "manifest.json"), "new");
        forced.Complete(force: true);

        Assert.StartsWith($"an interrupted run of '{root.File("run")}' is kept in '{interrupted.Partial}'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(["run"], Names());
    }

    [Fact]
    public void A_replacement_killed_between_its_two_renames_is_put_in_place_by_a_resume()
    {
        var killed = RunFolderLifecycle.Begin(OldRunFolder("run"), force: true, []);
        File.WriteAllText(Path.Combine(killed.Partial, "manifest.json"), "new");
        Directory.Move(root.File("run"), root.File(".run.old-0123456789ab"));

        var resumed = RunFolderLifecycle.Resume(root.File("run"));
        Assert.True(resumed.IsComplete);
        resumed.Complete(force: true);

        Assert.Equal("new", File.ReadAllText(root.File("run/manifest.json")));
        Assert.Equal(["run"], Names());
    }

    [Fact]
    public void A_resume_of_a_folder_without_an_interrupted_run_is_refused()
    {
        Directory.CreateDirectory(root.File("run"));

        var refused = Assert.Throws<RunFolderRefusedException>(() => RunFolderLifecycle.Resume(root.File("run")));

        Assert.Equal($"'{root.File("run")}' has no interrupted run to resume (no hidden '.run.partial-*' folder beside it with a checkpoint/plan.json)", refused.Message);
    }

    private static SweepCheckpointPlan Plan() => new("/s.yaml", [], [], "{}", "2025-01-31T12:00:00Z", "csv", [], Force: false, ResultsVersion.Current);

    private string OldRunFolder(string name)
    {
        string target = Directory.CreateDirectory(root.File(name)).FullName;
        File.WriteAllText(Path.Combine(target, "manifest.json"), "old");
        return target;
    }

    private string[] Names() => [.. Directory.GetFileSystemEntries(root.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).Cast<string>()];
}
