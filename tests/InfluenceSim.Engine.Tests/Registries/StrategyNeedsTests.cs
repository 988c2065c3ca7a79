using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Seeding;
using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Engine.Tests.Scenarios;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Engine.Tests.Registries;

/// <summary>What the built-in strategies declare they need (the engine reads these, never their names), and a pilot a strategy does not declare is refused.</summary>
public sealed class StrategyNeedsTests
{
    [Theory]
    [InlineData(SeedingOptions.Celf, SpreadEstimate.Simulated)]
    [InlineData(SeedingOptions.Ris, SpreadEstimate.ReverseReachableSets)]
    [InlineData(SeedingOptions.Imm, SpreadEstimate.ReverseReachableSets)]
    public void Greedy_declares_its_spread_estimate_by_its_estimator(string estimator, SpreadEstimate spread)
    {
        Assert.Equal(new StrategyNeeds { Spread = spread }, BuiltIns.Strategies.Get("greedy").Needs(new SeedingOptions(Estimator: estimator)));
    }

    [Fact]
    public void Observed_prescribers_declares_its_pilot_and_the_others_nothing()
    {
        var options = new SeedingOptions(PilotReplicates: 7);

        Assert.Equal(new StrategyNeeds { PilotReplicates = 7 }, BuiltIns.Strategies.Get("observed-prescribers").Needs(options));
        Assert.All(BuiltIns.Strategies.All.Where(s => s.Name is not ("greedy" or "observed-prescribers")), s => Assert.Same(StrategyNeeds.Nothing, s.Needs(options)));
    }

    [Fact]
    public void A_pilot_the_strategy_does_not_declare_is_refused()
    {
        var strategies = BuiltIns.Strategies.With(new UndeclaredPilotStrategy());

        var error = Assert.Throws<InvalidOperationException>(() => SeedPlanner.For(strategies, new SeedingSpec("undeclared-pilot", Count: 1), Graphs.Path(4), 1, []));

        Assert.Equal("strategy undeclared-pilot runs a pilot but its Needs declare no pilot replicates (docs/extending.md)", error.Message);
    }

    [Fact]
    public void A_strategy_sampling_reverse_reachable_sets_by_itself_is_refused_at_its_name_as_greedy_is_at_its_estimator()
    {
        var registries = BuiltIns.Registries with { Strategies = BuiltIns.Strategies.With(new SampledStrategy()) };
        string Refusal(string seeding) => Assert.Single(Assert.Throws<ScenarioException>(() => RunPreparation.Prepare(ScenarioText.Parse(
            $"name: a\nnetwork: {{ generator: complete, nodes: 10 }}\nmodel: {{ kind: linear-threshold, threshold: 0.3 }}\nseeding: {{ {seeding}, count: 2 }}", registries))).Problems).Message;

        Assert.Equal("seeding.strategy: sampled samples reverse-reachable sets, which support independent-cascade, or linear-threshold with threshold { uniform: [0, 1] } only; model linear-threshold as given needs another strategy", Refusal("strategy: sampled"));
        Assert.Equal("seeding.estimator: ris (reverse-reachable sets) supports independent-cascade, or linear-threshold with threshold { uniform: [0, 1] }; use celf with model linear-threshold as given", Refusal("strategy: greedy, estimator: ris"));
    }

    /// <summary>A strategy that samples reverse-reachable sets whatever its options say: the nodes of lowest id.</summary>
    private sealed class SampledStrategy() : RankingStrategy("sampled")
    {
        public override string Summary => "reverse-reachable sets it always samples";

        public override StrategyNeeds Needs(SeedingOptions options) => new() { Spread = SpreadEstimate.ReverseReachableSets };

        protected override ValueTask<IEnumerable<int>> RankAsync(SeedingContext context, int take, CancellationToken cancellationToken) =>
            new(Enumerable.Range(0, take));
    }

    /// <summary>A strategy that runs a pilot without declaring it.</summary>
    private sealed class UndeclaredPilotStrategy() : PlanningStrategy("undeclared-pilot")
    {
        public override string Summary => "a pilot it does not declare";

        public override async Task<SeedPlan> PlanAsync(SeedingContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            await context.RunPilotAsync(this, SeedPlan.Fixed([0]), context.MasterSeed, cancellationToken);
            return SeedPlan.Fixed([0]);
        }
    }
}
