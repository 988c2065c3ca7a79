using System.Text.Json.Nodes;
using InfluenceSim.Cli.Tests.Support;

namespace InfluenceSim.Cli.Tests.EndToEnd;

/// <summary><c>validate</c>, <c>run</c> and <c>network</c> print a valid scenario's warnings as <c>FILE:LINE:COL: warning: message</c> on stderr and still succeed.</summary>
public sealed class WarningTests : IDisposable
{
    private const string Scenario = """
        name: warned
        replicates: 1
        network: { generator: erdos-renyi, nodes: 50, mean-degree: 4 }
        model: { kind: independent-cascade, probability: 0.2 }
        seeding: { strategy: random, count: 2 }
        population:
          traits:
            threshold: 0.3
            broadcast-susceptibility: 0.5

        """;

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Validate_prints_each_warning_at_its_line_and_exits_0()
    {
        string scenario = _temp.Write("warned.yaml", Scenario);

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(Warnings(scenario), outcome.ErrorLines);
        Assert.Contains("valid", outcome.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_prints_the_warnings_and_runs()
    {
        string scenario = _temp.Write("warned.yaml", Scenario);
        var folder = new RunFolder(_temp.File("out"));

        var outcome = await CliProcess.RunAsync(_temp.Path, "run", scenario, "--out", folder.Path, "--set", "population.traits.threshold=0.4");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(Warnings(scenario), outcome.ErrorLines.Where(line => line.Contains("warning:", StringComparison.Ordinal)));
        Assert.Equal(0.4, (double)folder.ManifestJson["scenario"]!["population"]!["traits"]!["threshold"]!);
    }

    [Fact]
    public async Task Network_prints_the_warnings_and_the_statistics()
    {
        string scenario = _temp.Write("warned.yaml", Scenario);

        var outcome = await CliProcess.RunAsync(_temp.Path, "network", scenario, "--json");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(Warnings(scenario), outcome.ErrorLines);
        Assert.Equal(50, (int)JsonNode.Parse(outcome.Stdout)!["nodes"]!);
    }

    [Fact]
    public async Task A_warning_that_only_some_sweep_points_earn_is_printed_once()
    {
        string scenario = _temp.Write("swept.yaml", """
            name: swept
            network: { generator: erdos-renyi, nodes: 50, mean-degree: 4 }
            model: { kind: linear-threshold, threshold: 0.3, aversion: 0.5 }
            population:
              traits:
                satisfaction: 0.5
            sweep:
              model.aversion: [0.5, 0, 0]

            """);

        var outcome = await CliProcess.RunAsync(_temp.Path, "validate", scenario);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(
            [$"{scenario}:6:5: warning: 'population.traits.satisfaction' is ignored: under model linear-threshold a dissatisfied adopter only prescribes against, and aversion is 0, so its prescriptions have no effect"],
            outcome.ErrorLines);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>The two warnings <see cref="Scenario"/> earns, as the verbs print them.</summary>
    private static string[] Warnings(string scenario) =>
    [
        $"{scenario}:8:5: warning: 'population.traits.threshold' is ignored: only model linear-threshold has a threshold, and the model is independent-cascade",
        $"{scenario}:9:5: warning: 'population.traits.broadcast-susceptibility' is ignored: nothing broadcasts to the nodes (no positive campaign, and the brand does not relay)",
    ];
}
