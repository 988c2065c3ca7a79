using System.Text.RegularExpressions;
using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary>
/// Admission from the command line: <c>validate</c>, <c>run</c>, <c>network</c> and <c>bench</c> refuse,
/// before building anything, what exceeds the memory <c>INFLUENCESIM_MEMORY_BYTES</c> says is available
/// (exit 2, the estimate, nothing written); <c>--allow-large</c> lets it through; <c>engine:</c> reaches the manifest.
/// </summary>
public sealed class AdmissionTests : IDisposable
{
    private const string Variable = "INFLUENCESIM_MEMORY_BYTES";

    private static readonly Dictionary<string, string> Small = new() { [Variable] = "104857600" };

    private static readonly Dictionary<string, string> TwentyFourGiB = new() { [Variable] = "25769803776" };

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Validate_refuses_at_the_key_with_the_estimate_and_writes_nothing()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);

        var outcome = await CliProcess.RunAsync(_temp.Path, Small, "validate", scenario);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        string line = Assert.Single(outcome.ErrorLines);
        Assert.Matches($"^{Regex.Escape(scenario)}:5:1: too large for this machine: with engine.hosting node-grains the run needs an estimated [0-9]+ MiB of memory \\(.*node grains [0-9]+ MiB: 3,800 B x 500 nodes .*more than the 100 MiB available \\(set by {Variable}\\);", line);
        Assert.Equal("", outcome.Stdout);
        Assert.Equal(["small.yaml"], _temp.Entries());
    }

    [Fact]
    public async Task Run_refuses_before_creating_its_folder()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);

        var outcome = await CliProcess.RunAsync(_temp.Path, Small, "run", scenario, "--out", _temp.File("out"));

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("too large for this machine", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(["small.yaml"], _temp.Entries());
    }

    [Fact]
    public async Task Validate_with_allow_large_builds_and_prints_the_hosting_and_the_estimate()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);

        var outcome = await CliProcess.RunAsync(_temp.Path, Small, "validate", scenario, "--allow-large", "--set", "engine.hosting=blocks");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Matches("^hosting blocks: estimated [0-9]+ MiB of memory \\(.*partitions [0-9]+ MiB: 64 B x 500 nodes \\+ 8 B x 3,000 ties.*\\) and about 1 s$", outcome.Stdout.Split('\n')[1]);
    }

    [Fact]
    public async Task Run_with_allow_large_records_the_hosting_and_the_partitions_in_the_manifest()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small + "engine:\n  partitions: 3\n");
        string folder = _temp.File("out");

        var outcome = await CliProcess.RunAsync(_temp.Path, Small, "run", scenario, "--out", folder, "--allow-large", "--set", "engine.hosting=blocks");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var manifest = new RunFolder(folder).ManifestJson;
        Assert.Equal("blocks", (string?)manifest["hosting"]);
        Assert.Equal(3, (int?)manifest["partitions"]);
        Assert.Equal("""{"hosting":"blocks","partitions":3}""", manifest["scenario"]!["engine"]!.ToJsonString());
    }

    [Fact]
    public async Task Run_says_once_that_blocks_would_be_faster_for_a_slow_node_grain_run()
    {
        string scenario = _temp.Write("slow.yaml", ScenarioTexts.Small);
        _temp.Folder("taken");
        _temp.Write("taken/file.txt", "not a run folder");
        var plenty = new Dictionary<string, string> { [Variable] = "1099511627776" };

        var outcome = await CliProcess.RunAsync(_temp.Path, plenty, "run", scenario, "--out", _temp.File("taken"), "--set", "network.nodes=1000000", "--replicates", "20");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal(
            "influencesim: this node-grain run is estimated to take about 4 min; engine: { hosting: blocks } gives identical results faster (about 3 s)",
            outcome.ErrorLines[0]);
        Assert.Equal(1, outcome.ErrorLines.Count(l => l.Contains("hosting: blocks", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Network_refuses_a_network_too_large_to_build()
    {
        string scenario = _temp.Write("small.yaml", ScenarioTexts.Small);

        var outcome = await CliProcess.RunAsync(_temp.Path, Small, "network", scenario, "--set", "network.nodes=2000000");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("too large for this machine: building the network needs an estimated", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_refuses_a_workload_too_large_for_the_memory()
    {
        var outcome = await CliProcess.RunAsync(_temp.Path, Small, "bench", "--nodes", "100000", "--replicates", "1");

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.StartsWith("influencesim: bench: too large for this machine: the workload needs an estimated ", Assert.Single(outcome.ErrorLines), StringComparison.Ordinal);
        Assert.EndsWith("use fewer --nodes or --replicates, or add --allow-large to run it anyway", outcome.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nodes: 50000000\n  mean-degree: 39", "4:1", "which does not fit either")]
    [InlineData("nodes: 50000000\n  mean-degree: 1", "4:1", "which fits")]
    [InlineData("nodes: 1000000\n  mean-degree: 10\nreplicates: 100000", "8:13", "which fits")]
    public async Task The_oversized_scenarios_of_a_24_GiB_machine_are_refused_without_building(string size, string at, string blocks)
    {
        string scenario = _temp.Write("big.yaml", $"name: big\nmodel: {{ kind: independent-cascade, probability: 0.1 }}\nseeding: {{ strategy: random, count: 10 }}\nnetwork:\n  generator: erdos-renyi\n  {size}\n");

        var outcome = await CliProcess.RunAsync(_temp.Path, TwentyFourGiB, "validate", scenario);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        string line = Assert.Single(outcome.ErrorLines);
        Assert.StartsWith($"{scenario}:{at}: too large for this machine: with engine.hosting node-grains", line, StringComparison.Ordinal);
        Assert.Contains($"more than the 24.0 GiB available (set by {Variable}); engine: {{ hosting: blocks }} would need about ", line, StringComparison.Ordinal);
        Assert.Contains(blocks, line, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();
}
