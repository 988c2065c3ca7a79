using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine.Output;
using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Engine.Telemetry;
using InfluenceSim.Extending.Tests.Oracle;
using InfluenceSim.Models.Market;
using InfluenceSim.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceSim.Extending.Tests;

/// <summary>
/// The fashion model, defined in this project, run end to end from a scenario file to a run folder
/// on an embedded silo under each hosting: its tables agree byte for byte with the sequential
/// oracle driven by <see cref="FashionRule"/>.
/// </summary>
public sealed class FashionRunTests(FashionSilo fashion) : IClassFixture<FashionSilo>
{
    private const double Low = 0.2;
    private const double High = 0.5;
    private const int Replicates = 12;

    [Theory]
    [InlineData("node-grains")]
    [InlineData("blocks")]
    public async Task The_run_folder_agrees_with_the_oracle(string hosting)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var work = new TempFolder();
        string path = work.Write("fashion.yaml", Scenario(hosting));
        var scenario = ScenarioLoader.Load(path, [], [], fashion.Silo.Models);
        var prepared = RunPreparation.Prepare(scenario);
        var runner = new SimulationRunner(fashion.Silo.Grains, new InfluenceSimTelemetry(fashion.Silo.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        var started = DateTimeOffset.UtcNow;
        var result = await new ScenarioExecution(runner).RunAsync(prepared, null, cancellation);
        string folder = Path.Combine(work.Path, "run");
        await RunFolderWriter.WriteAsync(folder, scenario, result.Combined, new ManifestInfo(1, started, DateTimeOffset.UtcNow, result.Combined.Timings), cancellationToken: cancellation);

        var oracle = OracleSimulation.Run(prepared.Network, new FashionRule(Low, High), new RandomSeeding(3, null), scenario.Seed, Replicates, scenario.MaxSteps, MarketSettings.Default, NodeAttributeValues.None, eventsCap: 100_000);
        Assert.Equal(OracleCsv.Runs(oracle), File.ReadAllText(Path.Combine(folder, "runs.csv")));
        Assert.Equal(OracleCsv.Timeseries(oracle), File.ReadAllText(Path.Combine(folder, "timeseries.csv")));
        Assert.Equal(OracleCsv.Events(oracle), File.ReadAllText(Path.Combine(folder, "events.csv")));
        Assert.Equal(OracleCsv.Nodes(oracle), File.ReadAllText(Path.Combine(folder, "nodes.csv")));
        Assert.Contains(oracle.Replicates, r => r.Adopters > 3);
    }

    private static string Scenario(string hosting) => $"""
        name: fashion
        seed: 7
        replicates: {Replicates}
        max-steps: 60
        network:
          generator: erdos-renyi
          nodes: 300
          mean-degree: 6
        model:
          kind: fashion
          low: {Low}
          high: {High}
        seeding:
          strategy: random
          count: 3
        outputs: [events, nodes]
        events-cap: 100000
        engine:
          hosting: {hosting}
        """;
}
