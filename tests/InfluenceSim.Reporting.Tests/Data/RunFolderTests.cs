using InfluenceSim.Reporting.Data;
using InfluenceSim.Reporting.Tests.Support;
using InfluenceSim.RunFolders;

namespace InfluenceSim.Reporting.Tests.Data;

public sealed class RunFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_folder_without_runs_and_timeseries_is_not_a_run_folder()
    {
        string empty = _temp.Folder("empty");

        var e = Assert.Throws<RunFolderException>(() => RunFolder.Load(empty));

        Assert.Contains("is not a run folder: runs.csv and timeseries.csv are missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_timeseries_is_named()
    {
        string folder = _temp.Folder("half");
        File.WriteAllText(Path.Combine(folder, "runs.csv"), HandMadeRun.CarryForwardRuns);

        var e = Assert.Throws<RunFolderException>(() => RunFolder.Load(folder));

        Assert.Contains("timeseries.csv is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_and_a_file_are_refused()
    {
        Assert.Contains("no such folder", Assert.Throws<RunFolderException>(() => RunFolder.Load(_temp.File("absent"))).Message, StringComparison.Ordinal);
        string file = _temp.Write("file.txt", "x");
        Assert.Contains("is a file", Assert.Throws<RunFolderException>(() => RunFolder.Load(file)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_run_is_named_by_its_folder_and_optional_files_are_read_when_present()
    {
        string path = HandMadeRun.Write(_temp, "named", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries, comparison: HandMadeRun.Comparison);

        var run = RunFolder.Load(path + Path.DirectorySeparatorChar);

        Assert.Equal("named", run.Name);
        Assert.NotNull(run.Comparison);
        Assert.Equal("hand-made", run.Manifest["scenario"]?["name"]?.GetValue<string>());
    }

    [Fact]
    public void A_seeding_comparison_under_its_former_name_is_read_and_the_new_name_wins_when_both_are_there()
    {
        string former = HandMadeRun.Write(_temp, "former", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries, comparison: HandMadeRun.Comparison, comparisonFile: "comparison.csv");
        string both = HandMadeRun.Write(_temp, "both", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries, comparison: HandMadeRun.Comparison);
        File.WriteAllText(Path.Combine(both, "comparison.csv"), "stale\n");

        Assert.Equal(Path.Combine(former, "comparison.csv"), RunFolder.Load(former).Comparison!.Path);
        Assert.Equal(Path.Combine(both, "seeding-comparison.csv"), RunFolder.Load(both).Comparison!.Path);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_names_its_line()
    {
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,5,0.5,1,6\n1,1,5\n";

        var e = Assert.Throws<RunFolderException>(() => RunFolder.Load(HandMadeRun.Write(_temp, "short", runs, HandMadeRun.CarryForwardTimeseries)));

        Assert.EndsWith("runs.csv:3: expected 6 fields as in the header, found 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_refused()
    {
        string folder = HandMadeRun.Write(_temp, "bare", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries, manifest: null);

        var e = Assert.Throws<RunFolderException>(() => RunFolder.Load(folder));

        Assert.StartsWith($"'{folder}' is not a complete run folder: manifest.json is missing", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_whose_status_is_not_complete_is_refused()
    {
        string manifest = HandMadeRun.Manifest.Replace("\"complete\"", "\"writing\"", StringComparison.Ordinal);
        string folder = HandMadeRun.Write(_temp, "writing", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries, manifest);

        var e = Assert.Throws<RunFolderException>(() => RunFolder.Load(folder));

        Assert.StartsWith($"'{folder}' is not a complete run folder: manifest.json has status \"writing\", expected \"complete\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_written_before_the_status_existed_is_read_with_a_warning()
    {
        string folder = HandMadeRun.Write(_temp, "old", HandMadeRun.CarryForwardRuns, HandMadeRun.CarryForwardTimeseries, """{ "seed": 1 }""");

        var run = RunFolder.Load(folder);

        Assert.Equal($"'{folder}' was written by an older version that did not record whether the run finished (manifest.json has no 'status'); it is read as complete", run.Warning);
    }

    [Fact]
    public void A_share_outside_0_to_1_is_refused_with_file_line_and_column()
    {
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,5,0.5,1,6\n1,1,5,1.25,1,6\n";

        var e = Assert.Throws<RunFolderException>(() => RunFolder.Load(HandMadeRun.Write(_temp, "wrong", runs, HandMadeRun.CarryForwardTimeseries)));

        Assert.EndsWith("runs.csv:3: column 'adopted_fraction': expected a share from 0 to 1, found '1.25'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adopters_above_the_node_count_are_refused()
    {
        string manifest = HandMadeRun.Manifest.Replace("\"seed\": 1,", "\"seed\": 1, \"nodes\": 10,", StringComparison.Ordinal);
        string runs = "replicate,seed,adopters,adopted_fraction,steps,exposures\n0,1,11,1,1,6\n";

        var e = Assert.Throws<RunFolderException>(() => RunFolder.Load(HandMadeRun.Write(_temp, "over", runs, HandMadeRun.CarryForwardTimeseries, manifest)));

        Assert.EndsWith("runs.csv:2: column 'adopters': expected a count from 0 to the run's 10 nodes, found '11'", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
