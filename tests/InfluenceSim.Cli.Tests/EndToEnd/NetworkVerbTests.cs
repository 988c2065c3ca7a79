using System.Text.Json.Nodes;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Running;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Files;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary><c>network</c>: prints a scenario's network statistics and exports the network; a bad scenario or an existing export file exits 2.</summary>
public sealed class NetworkVerbTests : IDisposable
{
    private const string Communities = """
        name: communities
        seed: 5
        network:
          generator: stochastic-block
          blocks: [40, 60, 100]
          p-in: 0.2
          p-out: 0.01
        model:
          kind: independent-cascade
          probability: 0.1

        """;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Prints_the_statistics_table_and_exports_GraphML_that_reads_back_with_the_same_ties_and_communities()
    {
        string scenario = _temp.Write("communities.yaml", Communities);
        string export = _temp.File("communities.graphml");

        var outcome = await CliProcess.RunAsync(_temp.Path, "network", scenario, "--export", export);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var expected = Build(scenario);
        var statistics = NetworkStatistics.Compute(expected);
        foreach (string text in new[] { "transitivity", "assortativity", "largest component", "communities", "200", statistics.Ties.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            Assert.Contains(text, outcome.Stdout, StringComparison.Ordinal);
        }

        var back = NetworkFileReader.Read(export);
        Assert.Equal(expected.Ties(), back.Ties());
        Assert.Equal(expected.Communities, back.Communities);
        Assert.Equal(["communities.graphml", "communities.yaml"], _temp.Entries());
    }

    [Fact]
    public async Task Json_gives_the_statistics_and_force_replaces_an_existing_edge_list()
    {
        string scenario = _temp.Write("communities.yaml", Communities);
        string export = _temp.Write("ties.csv", "old\n");

        var outcome = await CliProcess.RunAsync(_temp.Path, "network", scenario, "--json", "--export", export, "--force", "--set", "network.p-out=0");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        var json = JsonNode.Parse(outcome.Stdout)!;
        Assert.Equal(200, (int)json["nodes"]!);
        Assert.Equal(3, (int)json["components"]!);
        Assert.Equal(3, (int)json["communities"]!);
        Assert.Equal(100, (int)json["largest_component"]!);
        Assert.InRange((double)json["transitivity"]!, 0.1, 0.3);
        Assert.Equal((int)json["edges"]!, EdgeListReader.Read(new StringReader(File.ReadAllText(export)), export).TieCount);
    }

    [Fact]
    public async Task An_existing_export_file_without_force_exits_2_and_is_left_alone()
    {
        string scenario = _temp.Write("communities.yaml", Communities);
        string export = _temp.Write("net.graphml", "keep me");

        var outcome = await CliProcess.RunAsync(_temp.Path, "network", scenario, "--export", export);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains("--force", outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(export));
    }

    [Fact]
    public async Task A_bad_scenario_exits_2_with_located_problems()
    {
        string scenario = _temp.Write("bad.yaml", Communities.Replace("p-in: 0.2", "p-in: 2", StringComparison.Ordinal));

        var outcome = await CliProcess.RunAsync(_temp.Path, "network", scenario);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Equal([$"{scenario}:6:9: 'network.p-in' must be a probability from 0 to 1, found 2"], outcome.ErrorLines);
        Assert.Equal("", outcome.Stdout);
    }

    public void Dispose() => _temp.Dispose();

    private static Network Build(string scenarioPath)
    {
        var scenario = ScenarioLoader.Load(scenarioPath, [], [], BuiltIns.Registries);
        return NetworkFactory.Build(scenario.Generator, scenario.Network, scenario.Seed);
    }
}
