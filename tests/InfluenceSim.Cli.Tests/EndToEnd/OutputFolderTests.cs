using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>docs/output.md: an existing non-empty <c>--out</c> is an error without <c>--force</c>; a bad scenario writes nothing.</summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Existing_non_empty_out_folder_without_force_exits_2_and_is_left_untouched()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);
        string folder = _temp.File("taken");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "mine\n");
        var written = File.GetLastWriteTimeUtc(Path.Combine(folder, "notes.txt"));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", folder);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("--force", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], _temp.Entries(folder));
        Assert.Equal("mine\n", File.ReadAllText(Path.Combine(folder, "notes.txt")));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(folder, "notes.txt")));
        Assert.Equal(["small.yaml", "taken"], _temp.Entries());
    }

    [Fact]
    public async Task Run_of_a_bad_scenario_exits_2_and_writes_no_run_folder()
    {
        string scenario = _temp.Write("bad.yaml", ScenarioTexts.Bad);

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", _temp.File("out"));

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains(outcome.ErrorLines, line => line.StartsWith($"{scenario}:9:16: ", StringComparison.Ordinal));
        Assert.Equal(["bad.yaml"], _temp.Entries());
    }

    public void Dispose() => _temp.Dispose();
}
