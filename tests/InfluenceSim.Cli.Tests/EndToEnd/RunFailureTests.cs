using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>A failure while running exits 1 with a one-line message; the stack trace only with <c>--verbose</c>.</summary>
public sealed class RunFailureTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_that_cannot_write_its_folder_exits_1_with_the_stack_trace_only_when_verbose(bool verbose)
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string file = _temp.Write("a-file", "not a folder\n");
        string[] args = ["run", scenario, "--out", Path.Combine(file, "run")];

        var outcome = await CliProcess.RunAsync(_temp.Path, verbose ? [.. args, "--verbose"] : args);

        Assert.True(outcome.ExitCode == 1, outcome.ToString());
        Assert.StartsWith("influencesim: the run failed: ", outcome.ErrorLines[0], StringComparison.Ordinal);
        Assert.Equal(verbose, (outcome.Stdout + outcome.Stderr).Contains("RunCommand.ExecuteAsync", StringComparison.Ordinal));
        Assert.Equal("not a folder\n", File.ReadAllText(file));
        Assert.Equal(["a-file", "small.yaml"], _temp.Entries());
    }

    public void Dispose() => _temp.Dispose();
}
