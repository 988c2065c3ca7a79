using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>The checkout's own <c>scenarios/quickstart.yaml</c>, run as the README tells a new user to.</summary>
public sealed class QuickstartTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Quickstart_runs_and_its_cascades_mostly_take_off()
    {
        string scenario = Path.Combine(RepoPaths.RepoRoot, "scenarios", "quickstart.yaml");
        var folder = new RunFolder(_temp.File("quickstart"));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", folder.Path);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        folder.AssertHasExactlyTheFourFiles();
        Assert.Equal(["quickstart"], _temp.Entries());
        var runs = folder.RunsCsv;
        Assert.Equal(Enumerable.Range(0, 20).Select(r => (long)r), runs.Longs("replicate"));
        Assert.All(runs.Longs("seed"), seed => Assert.Equal(42, seed));
        var summary = folder.SummaryJson;
        Assert.Equal(10_000, (int)summary["nodes"]!);
        Assert.Equal(20, (int)summary["replicates"]!);
        Assert.True((double)summary["adopted_fraction"]!["mean"]! > 0.5, "the quickstart promises that most replicates take off");
        Assert.Equal("quickstart", (string?)folder.ManifestJson["scenario"]!["name"]);
    }

    public void Dispose() => _temp.Dispose();
}
