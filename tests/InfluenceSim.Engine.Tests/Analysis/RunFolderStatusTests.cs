using InfluenceSim.Analysis;
using InfluenceSim.RunFolders;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Analysis;

/// <summary>docs/output.md: <c>compare</c> reads only complete run folders, and refuses values a run cannot produce, naming file, line and column.</summary>
public sealed class RunFolderStatusTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void A_complete_folder_is_read_without_a_warning()
    {
        var run = RunFolderReader.Read(new HandRunFolder([]).AddPoint([], 2, 3).Write(_temp.File("run")));

        Assert.Null(run.Warning);
    }

    [Fact]
    public void A_folder_without_a_manifest_is_refused()
    {
        string folder = new HandRunFolder([]).AddPoint([], 2, 3).Write(_temp.File("run"));
        File.Delete(Path.Combine(folder, "manifest.json"));

        Assert.StartsWith($"'{folder}' is not a complete run folder: manifest.json is missing", Read(folder), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_whose_status_is_not_complete_is_refused()
    {
        string folder = new HandRunFolder([]) { Status = "writing" }.AddPoint([], 2, 3).Write(_temp.File("run"));

        Assert.StartsWith($"'{folder}' is not a complete run folder: manifest.json has status \"writing\", expected \"complete\"", Read(folder), StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_a_results_version_but_no_status_is_refused()
    {
        string folder = new HandRunFolder([]) { Status = null, ResultsVersion = 1 }.AddPoint([], 2, 3).Write(_temp.File("run"));

        Assert.Equal($"'{folder}' is not a complete run folder: manifest.json has no text 'status', expected \"complete\"", Read(folder));
    }

    [Fact]
    public void A_folder_written_before_the_status_existed_is_read_with_a_warning()
    {
        string folder = new HandRunFolder([]) { Status = null }.AddPoint([], 2, 3).Write(_temp.File("run"));

        var run = RunFolderReader.Read(folder);

        Assert.Equal(2, run.Points[0].Replicates.Count);
        Assert.Equal($"'{folder}' was written by an older version that did not record whether the run finished (manifest.json has no 'status'); it is read as complete", run.Warning);
    }

    [Theory]
    [InlineData("runs.csv", "1,7,5,1.5,1,10", "runs.csv:3: column 'adopted_fraction': expected a share from 0 to 1, found '1.5'")]
    [InlineData("runs.csv", "1,7,101,0.5,1,10", "runs.csv:3: column 'adopters': expected a count from 0 to the run's 100 nodes, found '101'")]
    [InlineData("runs.csv", "1,7,5,0.05,1,-10", "runs.csv:3: column 'exposures': expected a count of at least 0, found '-10'")]
    [InlineData("timeseries.csv", "1,1,-1,4,10", "timeseries.csv:5: column 'new_adopters': expected a count of at least 0, found '-1'")]
    public void Values_a_run_cannot_produce_are_refused_with_file_line_and_column(string file, string row, string expected)
    {
        string folder = new HandRunFolder([]).Add([], 0, 1, 2).Write(_temp.File("run"));
        File.AppendAllText(Path.Combine(folder, "runs.csv"), file == "runs.csv" ? row + "\n" : "1,7,5,0.05,1,10\n");
        File.AppendAllText(Path.Combine(folder, "timeseries.csv"), file == "timeseries.csv" ? $"1,0,5,5,0\n{row}\n" : "1,0,5,5,0\n1,1,0,5,10\n");

        Assert.Equal(Path.Combine(folder, expected), Read(folder));
    }

    [Fact]
    public void A_table_that_is_a_device_is_refused_without_reading_it()
    {
        string folder = new HandRunFolder([]).AddPoint([], 2, 3).Write(_temp.File("run"));
        string runs = Path.Combine(folder, "runs.csv");
        File.Delete(runs);
        File.CreateSymbolicLink(runs, "/dev/zero");

        Assert.Equal($"'{runs}' is a character device, not a regular file", Read(folder));
    }

    public void Dispose() => _temp.Dispose();

    private static string Read(string folder) => Assert.Throws<RunFolderException>(() => RunFolderReader.Read(folder)).Message;
}
