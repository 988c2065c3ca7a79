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
        string[] args = ["run", scenario, "--out", new string('x', 300)];

        var outcome = await CliProcess.RunAsync(_temp.Path, verbose ? [.. args, "--verbose"] : args);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.StartsWith("influencesim: the run failed: ", outcome.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(verbose, outcome.Stderr.Contains("RunCommand.ExecuteAsync", StringComparison.Ordinal));
        Assert.Equal(["small.yaml"], _temp.Entries());
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
}
