using InfluenceSim.Reporting.Tests.Support;

namespace InfluenceSim.Reporting.Tests.Cli;

/// <summary>The <c>report</c> verb of the real program, on a folder the real program wrote.</summary>
public sealed class ReportVerbTests(SmallRunFixture fixture) : IClassFixture<SmallRunFixture>
{
    [Fact]
    public async Task Report_of_a_run_writes_the_page_and_its_pngs_into_the_run_folder()
    {
        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.ToString());
        string copy = CopyOfRun("default");

        var outcome = await CliProcess.RunAsync(fixture.Temp.Path, "report", copy);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string html = File.ReadAllText(Path.Combine(copy, "report.html"));
        Assert.Contains(Path.Combine(copy, "report.html"), outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal("InfluenceSim report: default", PageInspection.Title(html));
        Assert.Equal(["Adoption curve", "New adoptions per step", "Final-share distribution", "Adoption by cause", "Exposures by kind"], PageInspection.ChartTitles(html));
        Assert.Contains("&quot;name&quot;: &quot;tiny&quot;", html, StringComparison.Ordinal);
        Assert.Contains("prescription", html, StringComparison.Ordinal);
        Assert.DoesNotContain("social proof", html, StringComparison.Ordinal);
        Assert.All(["report-adoption-curve.png", "report-new-adoptions.png", "report-final-share.png", "report-adoption-by-cause.png", "report-exposures-by-kind.png"], png => Assert.True(File.Exists(Path.Combine(copy, png)), png));
    }

    [Fact]
    public async Task Several_folders_make_one_report_where_out_says()
    {
        string first = CopyOfRun("first");
        string second = CopyOfRun("second");
        string output = Path.Combine(fixture.Temp.Path, "both", "both.html");

        var outcome = await CliProcess.RunAsync(fixture.Temp.Path, "report", first, second, "--out", output);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        string html = File.ReadAllText(output);
        Assert.Equal("InfluenceSim report: first, second", PageInspection.Title(html));
        Assert.Contains("<td>second</td>", html, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(fixture.Temp.Path, "both", "both-adoption-curve.png")));
    }

    [Fact]
    public async Task Several_folders_without_out_are_refused_and_nothing_is_written_into_the_first()
    {
        string first = CopyOfRun("first-alone");
        string second = CopyOfRun("second-alone");
        var before = Directory.EnumerateFileSystemEntries(first).Order(StringComparer.Ordinal).ToList();

        var outcome = await CliProcess.RunAsync(fixture.Temp.Path, "report", first, second);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("report: --out FILE is required with several run folders: the report compares them and belongs in none of them", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(first).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_folder_without_runs_and_timeseries_is_refused_with_exit_2()
    {
        string empty = fixture.Temp.Folder("not-a-run");

        var outcome = await CliProcess.RunAsync(fixture.Temp.Path, "report", empty);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            $"influencesim: report: '{empty}' is not a run folder: runs.csv and timeseries.csv are missing (a run folder written by 'influencesim run' has runs.csv and timeseries.csv)",
            Assert.Single(outcome.ErrorLines));
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
    }

    [Fact]
    public async Task Without_a_folder_the_usage_is_wrong()
    {
        var outcome = await CliProcess.RunAsync(fixture.Temp.Path, "report");

        Assert.Equal(2, outcome.ExitCode);
    }

    [Fact]
    public async Task An_existing_report_is_kept_unless_force()
    {
        string copy = CopyOfRun("twice");
        Assert.Equal(0, (await CliProcess.RunAsync(fixture.Temp.Path, "report", copy)).ExitCode);

        var refused = await CliProcess.RunAsync(fixture.Temp.Path, "report", copy);
        var forced = await CliProcess.RunAsync(fixture.Temp.Path, "report", copy, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists; add --force to replace it", refused.Stderr, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.ToString());
    }

    [Fact]
    public async Task A_half_written_partial_folder_is_refused_with_exit_2()
    {
        Assert.True(fixture.Run.ExitCode == 0, fixture.Run.ToString());
        string partial = CopyOfRun(".tiny.partial-0123456789ab");
        File.Delete(Path.Combine(partial, "manifest.json"));

        var outcome = await CliProcess.RunAsync(fixture.Temp.Path, "report", partial);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal(
            $"influencesim: report: '{partial}' is not a complete run folder: manifest.json is missing (the run was interrupted, or the folder is still being written)",
            Assert.Single(outcome.ErrorLines));
        Assert.False(File.Exists(Path.Combine(partial, "report.html")));
    }

    private string CopyOfRun(string name)
    {
        string copy = fixture.Temp.Folder(name);
        foreach (string file in Directory.EnumerateFiles(fixture.RunFolder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
