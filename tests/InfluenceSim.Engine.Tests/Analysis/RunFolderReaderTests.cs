using InfluenceSim.Analysis;
using InfluenceSim.RunFolders;
using InfluenceSim.RunFolders.Results;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>Reading a run folder back: points by key columns, replicates with their time series, and one-line errors.</summary>
public sealed class RunFolderReaderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void Rows_are_grouped_into_points_by_their_key_values_in_order_of_appearance()
    {
        string folder = new HandRunFolder(["model.probability", "seeding.strategy"])
            .Add(["0.2", "random"], 0, 1, 3)
            .Add(["0.1", "random"], 0, 1)
            .Add(["0.2", "random"], 1, 2, 2, 1)
            .Write(_temp.File("run"));

        var run = RunFolderReader.Read(folder);

        Assert.Equal(7, run.Seed);
        Assert.Equal("hand", run.ScenarioName);
        Assert.Equal(["model.probability", "seeding.strategy"], run.KeyColumns);
        Assert.Equal(["model.probability = 0.2, seeding.strategy = random", "model.probability = 0.1, seeding.strategy = random"], run.Points.Select(p => p.Label));
        var second = run.Points[0].Replicates[1];
        Assert.Equal(1, second.Result.Replicate);
        Assert.Equal(0.05, second.AdoptedFraction);
        Assert.Equal(5, second.Result.Adopters);
        Assert.Equal(2, second.Result.Steps);
        Assert.Equal([new StepCounts(0, 2, 2, 0), new StepCounts(1, 2, 4, 10), new StepCounts(2, 1, 5, 10)], second.Result.Timeseries);
    }

    [Fact]
    public void Attribution_columns_are_read_when_runs_csv_has_them_and_are_zero_otherwise()
    {
        var current = RunFolderReader.Read(new HandRunFolder([], attribution: true).Add([], 3, 1, 2, 2).Write(_temp.File("new")));
        var old = RunFolderReader.Read(new HandRunFolder([]).Add([], 3, 1, 2, 2).Write(_temp.File("old")));

        var replicate = Assert.Single(current.Points[0].Replicates).Result;
        Assert.Equal(3, replicate.Rejected);
        Assert.Equal(0.3, replicate.WordOfMouthShare);
        Assert.Equal(0.5, replicate.BroadcastShare);
        Assert.Equal(2, replicate.CascadeDepth);
        Assert.Contains("cascade_depth", current.RunsColumns);
        var older = Assert.Single(old.Points[0].Replicates).Result;
        Assert.Equal((0, 0.0, 0.0, 0), (older.Rejected, older.WordOfMouthShare, older.BroadcastShare, older.CascadeDepth));
        Assert.DoesNotContain("rejected", old.RunsColumns);
    }

    [Fact]
    public void A_run_without_key_columns_is_one_point()
    {
        string folder = new HandRunFolder([]).Add([], 0, 1, 1).Add([], 1, 1).Write(_temp.File("run"));

        var run = RunFolderReader.Read(folder);

        Assert.Empty(run.KeyColumns);
        Assert.Equal("(whole run)", Assert.Single(run.Points).Label);
        Assert.Equal(2, run.Points[0].Replicates.Count);
    }

    [Fact]
    public void Quoted_key_values_are_read_whole()
    {
        string folder = new HandRunFolder(["network.path"]).Add(["\"a,b.csv\""], 0, 1).Write(_temp.File("run"));

        Assert.Equal("network.path = a,b.csv", Assert.Single(RunFolderReader.Read(folder).Points).Label);
    }

    [Fact]
    public void A_missing_folder_or_file_is_named()
    {
        Assert.Contains("no such folder", Read(_temp.File("nowhere")), StringComparison.Ordinal);
        string folder = new HandRunFolder([]).Add([], 0, 1).Write(_temp.File("run"));
        File.Delete(Path.Combine(folder, "timeseries.csv"));

        Assert.Equal($"'{folder}' is not a run folder: timeseries.csv is missing (a run folder written by 'influencesim run' has runs.csv and timeseries.csv)", Read(folder));
    }

    [Fact]
    public void A_malformed_cell_is_named_with_its_line_and_column()
    {
        string folder = new HandRunFolder([]).Add([], 0, 1).Add([], 1, 1).Write(_temp.File("run"));
        string runs = Path.Combine(folder, "runs.csv");
        File.WriteAllText(runs, File.ReadAllText(runs).Replace("1,7,1,", "1,7,many,", StringComparison.Ordinal));

        Assert.Equal($"{runs}:3: column 'adopters': expected an integer, found 'many'", Read(folder));
    }

    [Fact]
    public void A_replicate_without_time_series_rows_is_refused()
    {
        string folder = new HandRunFolder([]).Add([], 0, 1).Write(_temp.File("run"));
        File.AppendAllText(Path.Combine(folder, "runs.csv"), "1,7,1,0.01,0,0\n");

        Assert.Contains("timeseries.csv has no rows for replicate 1", Read(folder), StringComparison.Ordinal);
    }

    [Fact]
    public void A_manifest_without_a_seed_is_refused()
    {
        string folder = new HandRunFolder([]).Add([], 0, 1).Write(_temp.File("run"));
        File.WriteAllText(Path.Combine(folder, "manifest.json"), "{}");

        Assert.Contains("has no integer 'seed'", Read(folder), StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private static string Read(string folder) => Assert.Throws<RunFolderException>(() => RunFolderReader.Read(folder)).Message;
}
