using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>
/// A failure while running exits 1 with a one-line message, the stack trace only with <c>--verbose</c>;
/// an output folder that cannot exist is refused before the run, with exit 2.
/// </summary>
public sealed class RunFailureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_that_cannot_write_its_folder_exits_1_with_the_stack_trace_only_when_verbose(bool verbose)
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string folder = NearThePathLimit();
        string[] args = ["run", scenario, "--out", folder];

        var outcome = await CliProcess.RunAsync(_temp.Path, verbose ? [.. args, "--verbose"] : args);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.StartsWith($"influencesim: the run failed: cannot write '{Path.GetDirectoryName(folder)}{Path.DirectorySeparatorChar}.", outcome.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(verbose, outcome.Stderr.Contains("RunCommand.ExecuteAsync", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(folder)!));
    }

    [Fact]
    public async Task Run_whose_folder_would_sit_below_a_file_is_refused_before_running()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string file = _temp.Write("a-file", "not a folder\n");

        var outcome = await CliProcess.RunAsync(_temp.Path, ["run", scenario, "--out", Path.Combine(file, "run")]);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("is a file", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("not a folder\n", File.ReadAllText(file));
        Assert.Equal(["a-file", "small.yaml"], _temp.Entries());
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>
    /// A run folder path of 4,060 characters: the folder (and the probe beside it) stay under Linux's 4,096-byte path
    /// limit, so <c>--out</c> passes its checks, but the files inside it do not, so the run fails while writing.
    /// </summary>
    private string NearThePathLimit()
    {
        const int length = 4060;
        string parent = _temp.Path;
        while (length - parent.Length - 1 > 230)
        {
            parent = Path.Combine(parent, new string('d', 200));
        }

        return Path.Combine(parent, new string('x', length - parent.Length - 1));
    }
}
