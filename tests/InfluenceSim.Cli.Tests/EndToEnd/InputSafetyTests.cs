using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>docs/safety.md: inputs must be regular files, and an unwritable <c>--out</c> is refused before anything runs.</summary>
public sealed class InputSafetyTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task A_scenario_that_is_a_named_pipe_is_refused_with_exit_2()
    {
        string scenario = await Fifo.CreateAsync(_temp.File("pipe.yaml"));

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Equal($"{scenario}:1:1: the scenario file is a named pipe (FIFO), not a regular file", Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public async Task A_network_file_that_is_a_named_pipe_is_refused_with_exit_2()
    {
        await Fifo.CreateAsync(_temp.File("ties.csv"));
        string scenario = _temp.Write("s.yaml", "name: s\nnetwork:\n  generator: file\n  path: ties.csv\nmodel: { kind: independent-cascade, probability: 0.1 }\n");

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains($"{scenario}:4:9: 'network.path' must name a regular file, found 'ties.csv', which is a named pipe (FIFO), not a regular file", outcome.ErrorLines);
    }

    [Fact]
    public async Task An_out_folder_that_cannot_be_created_is_refused_with_exit_2_before_the_run()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string folder = Path.Combine(_temp.Path, "runs", new string('n', 250));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", folder);

        Assert.Equal(2, outcome.ExitCode);
        string error = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"influencesim: the output folder '{folder}' cannot be written: cannot create a file in '{_temp.File("runs")}': ", error, StringComparison.Ordinal);
        Assert.Empty(outcome.Stdout);
        Assert.Empty(_temp.Entries(_temp.File("runs")));
    }

    public void Dispose() => _temp.Dispose();
}
