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
        folder.AssertHasExactlyItsFiles();
        Assert.Equal(["quickstart"], _temp.Entries());
        var manifest = folder.ManifestJson;
        var resolved = manifest["scenario"]!;
        Assert.Equal("quickstart", (string?)resolved["name"]);
        int replicates = (int)resolved["replicates"]!;
        var runs = folder.RunsCsv;
        Assert.Equal(Enumerable.Range(0, replicates).Select(r => (long)r), runs.Longs("replicate"));
        Assert.All(runs.Longs("seed"), seed => Assert.Equal((long)manifest["seed"]!, seed));
        var summary = folder.SummaryJson;
        Assert.Equal((int)resolved["network"]!["nodes"]!, (int)summary["nodes"]!);
        Assert.Equal(replicates, (int)summary["replicates"]!);
        Assert.True((double)summary["adopted_fraction"]!["mean"]! > 0.5, "the quickstart's comment promises that most replicates take off and reach most of the network");
    }

    public void Dispose() => _temp.Dispose();
}
