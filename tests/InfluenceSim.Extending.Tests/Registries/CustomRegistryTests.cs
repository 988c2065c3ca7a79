using InfluenceSim.Engine;
using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Extending.Tests.Registries;

/// <summary>
/// A generator and a strategy this program registers in its own registries, never in the built-in
/// ones: a scenario naming them validates against those registries and runs end to end with them,
/// because the validated scenario carries the registries it was checked against.
/// </summary>
public sealed class CustomRegistryTests(FashionSilo fashion) : IClassFixture<FashionSilo>
{
    private const int Length = ChainScenario.Length;

    private static readonly ScenarioRegistries Custom = ChainScenario.RegistriesWith(new HighestIdStrategy());

    private static string Text(string hosting) => ChainScenario.Text(ChainScenario.CertainCascade, "strategy: highest-id", hosting);

    [Fact]
    public void The_built_in_registries_refuse_the_names()
    {
        using var work = new TempFolder();

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(work.Write("chain.yaml", Text("blocks")), [], [], BuiltIns.Registries));

        Assert.Contains(error.Problems, p => p.Message.StartsWith("'network.generator' must be one of", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("node-grains")]
    [InlineData("blocks")]
    public async Task A_scenario_naming_them_validates_and_runs_with_them(string hosting)
    {
        using var work = new TempFolder();
        var scenario = ScenarioLoader.Load(work.Write("chain.yaml", Text(hosting)), [], [], Custom);
        var prepared = RunPreparation.Prepare(scenario);
        var runner = Runners.On(fashion.Silo.Grains);

        var result = await new ScenarioExecution(runner).RunAsync(prepared, null, TestContext.Current.CancellationToken);

        Assert.Same(Custom, scenario.Registries);
        Assert.Equal((Length, 2 * (Length - 1)), (prepared.Network.NodeCount, prepared.Network.TieCount));
        Assert.All(result.Combined.Replicates, r => Assert.Equal(Length, r.Adopters));
        Assert.Equal(3 * Length, result.Combined.NodeRecords.Count);
        Assert.All(result.Combined.NodeRecords, n => Assert.Equal((Length - 1, Length - 1 - n.Node, Length - 1 - n.Node), (n.Root, n.Depth, n.AdoptedAt)));
    }
}
