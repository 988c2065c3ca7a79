using InfluenceSim.Engine.Seeding;
using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Engine.Tests.Scenarios;
using InfluenceSim.Scenarios;
using Graphs = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Engine.Tests.Registries;

/// <summary>The registry of seeding strategies: every name resolves once, an unknown one is refused with the list, and an added strategy works from a scenario.</summary>
public sealed class StrategyRegistryTests
{
    private const string Head = "name: s\nnetwork: { generator: path, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }\n";

    [Fact]
    public void Every_strategy_resolves_by_its_name_in_the_documented_order()
    {
        var registry = BuiltIns.Strategies;

        Assert.Equal(["random", "top-degree", "pagerank", "k-core", "betweenness", "community-spread", "greedy", "observed-prescribers", "explicit", "none"], registry.Names);
        Assert.All(registry.Names, name => Assert.Equal(name, registry.Get(name).Name));
        Assert.Distinct(registry.Names);
        Assert.Equal(registry.Names.Take(8), registry.Sized);
    }

    [Fact]
    public void Two_strategies_of_one_name_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => BuiltIns.Strategies.With(new RandomStrategy()));

        Assert.StartsWith("more than one seeding strategy is named 'random'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_strategy_is_refused_at_its_key_listing_every_registered_one()
    {
        string problem = ScenarioText.Problem(Head + "seeding: { strategy: lowest-id, count: 3 }");

        Assert.StartsWith($"s.yaml:4:22: 'seeding.strategy' must be one of {string.Join(", ", BuiltIns.Strategies.Names)}, found", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_setting_is_refused_unless_a_strategy_in_use_declares_it()
    {
        string problem = ScenarioText.Problem(Head + "seeding: { strategy: random, count: 3, samples: 10 }");

        Assert.Equal("s.yaml:4:40: 'seeding.samples' is used only by strategy betweenness", problem);
    }

    [Fact]
    public async Task An_added_strategy_is_validated_compared_and_planned_from_a_scenario()
    {
        var registries = BuiltIns.Registries with { Strategies = BuiltIns.Strategies.With(new LowestIdStrategy()) };

        var scenario = ScenarioText.Parse(Head + "seeding: { count: 3 }\ncompare-seeding: [random, lowest-id]", registries);
        var strategy = (PlanningStrategy)registries.Strategies.Get("lowest-id");
        var network = Graphs.Path(10);
        var counted = await strategy.PlanAsync(new SeedingContext(network, scenario.Seeding.WithStrategy("lowest-id"), scenario.Seed), CancellationToken.None);
        var bought = await strategy.PlanAsync(new SeedingContext(network, new SeedingSpec("lowest-id") { Budget = 2.5 }, 1), CancellationToken.None);

        Assert.Equal(["random", "lowest-id"], scenario.CompareSeeding);
        Assert.Contains("lowest-id", registries.Strategies.Sized);
        Assert.Equal([0, 1, 2], counted.SeedsOf(0));
        Assert.Equal([0, 1], bought.SeedsOf(4));
    }

    [Fact]
    public async Task An_added_strategy_reads_its_own_setting_with_its_range_and_default()
    {
        var registries = BuiltIns.Registries with { Strategies = BuiltIns.Strategies.With(new LowestIdStrategy()) };

        var skipping = ScenarioText.Parse(Head + "seeding: { strategy: lowest-id, count: 3, skip: 4 }", registries);
        var plain = ScenarioText.Parse(Head + "seeding: { strategy: lowest-id, count: 3 }", registries);
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Parse(Head + "seeding: { strategy: lowest-id, count: 3, skip: 2.5 }", registries));
        var unused = Assert.Throws<ScenarioException>(() => ScenarioText.Parse(Head + "seeding: { strategy: random, count: 3, skip: 1 }", registries));
        var plan = await ((PlanningStrategy)registries.Strategies.Get("lowest-id")).PlanAsync(new SeedingContext(Graphs.Path(10), skipping.Seeding, 1), CancellationToken.None);

        Assert.Equal(4, skipping.Seeding.Options.Settings["skip"]);
        Assert.Equal(0, plain.Seeding.Options.Settings["skip"]);
        Assert.Equal("""{"strategy":"lowest-id","count":3,"skip":4}""", skipping.Resolved["seeding"]!.ToJsonString());
        Assert.Equal([4, 5, 6], plan.SeedsOf(0));
        Assert.Equal("s.yaml:4:49: 'seeding.skip' must be an integer from 0 to 100, found 2.5", Assert.Single(error.Problems).ToString());
        Assert.Equal("s.yaml:4:40: 'seeding.skip' is used only by strategy lowest-id", Assert.Single(unused.Problems).ToString());
    }

    [Fact]
    public void The_built_in_registry_plans_the_strategies_that_need_no_run()
    {
        var network = Graphs.Star(6);

        Assert.Equal([0], SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec("top-degree", Count: 1), network, 1, []).SeedsOf(0));
        Assert.Equal([0], SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec("pagerank", Count: 1), network, 1, []).SeedsOf(0));
        Assert.Equal([2, 4], SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec("explicit", Nodes: ["2", "4"]), network, 1, [2, 4]).SeedsOf(3));
        Assert.Empty(SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec("none"), network, 1, []).SeedsOf(0));
    }
}
