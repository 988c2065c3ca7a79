using InfluenceSim.Engine.Admission;
using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Extending.Tests.Registries;

/// <summary>
/// Strategies this program registers that declare their needs (a pilot run, a spread estimate under the
/// model): the runner runs the pilot they declare, the estimate counts it, and a model greedy cannot
/// estimate is refused for them with the message the built-in <c>greedy</c> gets.
/// </summary>
public sealed class StrategyNeedsTests(FashionSilo fashion) : IClassFixture<FashionSilo>
{
    private const int Length = ChainScenario.Length;
    private const int Pilot = 6;

    [Theory]
    [InlineData("node-grains")]
    [InlineData("blocks")]
    public async Task A_strategy_declaring_a_pilot_run_gets_it_through_the_runner(string hosting)
    {
        using var work = new TempFolder();
        var strategy = new LeastCreditedStrategy();
        var scenario = ScenarioLoader.Load(work.Write("chain.yaml", ChainScenario.Text(ChainScenario.CertainCascade, $"strategy: least-credited\n  pilot: {Pilot}", hosting)), [], [], ChainScenario.RegistriesWith(strategy));
        var prepared = RunPreparation.Prepare(scenario);

        var result = await new ScenarioExecution(Runners.On(fashion.Silo.Grains)).RunAsync(prepared, null, TestContext.Current.CancellationToken);

        Assert.Equal(Pilot, RunShape.Of(scenario, EngineHosting.NodeGrains).PilotReplicates);
        Assert.Equal(Pilot, strategy.LastPilot?.Replicates.Count);
        Assert.Equal(Pilot * (Length - 1), strategy.LastPilot?.Conversions.Values.Sum());
        Assert.All(result.Combined.NodeRecords, n => Assert.Equal((0, n.Node, n.Node), (n.Root, n.Depth, n.AdoptedAt)));
    }

    [Fact]
    public async Task A_strategy_declaring_a_spread_estimate_runs_under_a_model_greedy_estimates()
    {
        using var work = new TempFolder();
        var scenario = ScenarioLoader.Load(work.Write("chain.yaml", ChainScenario.Text(ChainScenario.CertainCascade, "strategy: quick-greedy", "blocks")), [], [], ChainScenario.RegistriesWith(new QuickGreedyStrategy()));

        var result = await new ScenarioExecution(Runners.On(fashion.Silo.Grains)).RunAsync(RunPreparation.Prepare(scenario), null, TestContext.Current.CancellationToken);

        Assert.All(result.Combined.Replicates, r => Assert.Equal(Length, r.Adopters));
    }

    [Theory]
    [InlineData("seeding.strategy")]
    [InlineData("compare-seeding")]
    public void A_strategy_declaring_a_spread_estimate_is_refused_a_model_greedy_cannot_estimate_as_greedy_is(string at)
    {
        using var work = new TempFolder();
        string Refusal(string strategy)
        {
            bool compared = at == "compare-seeding";
            string text = (compared ? $"compare-seeding: [random, {strategy}]\n" : string.Empty)
                + ChainScenario.Text("kind: fashion\n  low: 0.2\n  high: 0.5", $"strategy: {(compared ? "random" : strategy)}", "blocks");
            var scenario = ScenarioLoader.Load(work.Write($"{strategy}.yaml", text), [], [], ChainScenario.RegistriesWith(new QuickGreedyStrategy()));
            return Assert.Single(Assert.Throws<ScenarioException>(() => RunPreparation.Prepare(scenario)).Problems).Message;
        }

        string builtIn = Refusal("greedy");
        string own = Refusal("quick-greedy");

        Assert.Equal($"{at}: greedy estimates spread under independent-cascade, or linear-threshold with model.threshold; model fashion as given needs another strategy", builtIn);
        Assert.Equal(builtIn.Replace("greedy estimates", "quick-greedy estimates", StringComparison.Ordinal), own);
    }

    [Fact]
    public void A_strategy_declaring_a_spread_estimate_is_warned_at_its_name_of_what_its_estimate_leaves_out()
    {
        using var work = new TempFolder();
        string text = ChainScenario.Text(ChainScenario.CertainCascade, "strategy: quick-greedy", "blocks") + "\ncampaigns: [{ at: 1, until: 3, reach: 1 }]\n";

        var scenario = ScenarioLoader.Load(work.Write("warned.yaml", text), [], [], ChainScenario.RegistriesWith(new QuickGreedyStrategy()));

        var warning = Assert.Single(scenario.Warnings);
        Assert.StartsWith("'seeding.strategy': quick-greedy (", warning.Message, StringComparison.Ordinal);
        Assert.EndsWith("its estimate leaves out the campaign, which the run applies", warning.Message, StringComparison.Ordinal);
    }
}
