using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Engine;
using InfluenceSim.Engine.Running;
using InfluenceSim.Extending.Tests.Oracle;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Market;
using InfluenceSim.RunFolders;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Extending.Tests;

/// <summary>
/// A scenario file of the fashion model, run end to end into a run folder on a cluster whose silos
/// run the model, and checked byte for byte against the sequential oracle driven by <see cref="FashionRule"/>.
/// </summary>
public static class FashionScenario
{
    private const double Low = 0.2;
    private const double High = 0.5;
    private const int Replicates = 12;
    private const int Seeds = 3;

    /// <summary>The scenario under <paramref name="hosting"/>, recording the interaction stream and the per-node table.</summary>
    public static string Text(string hosting) => $"""
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
          count: {Seeds}
        outputs: [events, nodes]
        events-cap: 100000
        engine:
          hosting: {hosting}
        """;

    /// <summary>Loads the scenario against <paramref name="models"/>, runs it on <paramref name="grains"/>, writes its run folder and compares its tables with the oracle's.</summary>
    public static async Task AgreesWithOracleAsync(IGrainFactory grains, ModelRegistry models, string hosting)
    {
        var cancellation = TestContext.Current.CancellationToken;
        using var work = new TempFolder();
        var scenario = ScenarioLoader.Load(work.Write("fashion.yaml", Text(hosting)), [], [], BuiltIns.Registries.WithModels(models));
        var prepared = RunPreparation.Prepare(scenario);
        var runner = Runners.On(grains);
        var started = DateTimeOffset.UtcNow;
        var result = await new ScenarioExecution(runner).RunAsync(prepared, null, cancellation);
        string folder = work.File("run");
        await RunFolderWriter.WriteAsync(folder, scenario, result.Combined, new RunFolderWriteOptions(new ManifestInfo(1, started, DateTimeOffset.UtcNow, result.Combined.Timings)), cancellation);

        var oracle = OracleSimulation.Run(prepared.Network, new FashionRule(Low, High), new RandomSeeding(Seeds, null), scenario.Seed, Replicates, scenario.MaxSteps, MarketSettings.Default, NodeAttributeValues.None, eventsCap: 100_000);
        Assert.Contains(oracle.Replicates, r => r.Adopters > Seeds);
        Assert.Equal(OracleCsv.Runs(oracle), File.ReadAllText(Path.Combine(folder, "runs.csv")));
        Assert.Equal(OracleCsv.Timeseries(oracle), File.ReadAllText(Path.Combine(folder, "timeseries.csv")));
        Assert.Equal(OracleCsv.Events(oracle), File.ReadAllText(Path.Combine(folder, "events.csv")));
        Assert.Equal(OracleCsv.Nodes(oracle), File.ReadAllText(Path.Combine(folder, "nodes.csv")));
    }
}
