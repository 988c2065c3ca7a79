using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;
using InfluenceSim.Seeding;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary><c>seeding.budget</c> and <c>seeding.cost</c>: each cost form as read, resolved and priced, and every mistake at its key; attribute costs at their file's line.</summary>
public sealed class SeedCostTests : IDisposable
{
    private const string Head = "name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }\nseeding:\n";

    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("  cost: unit", """{"strategy":"random","budget":5,"cost":"unit"}""")]
    [InlineData("  cost: degree", """{"strategy":"random","budget":5,"cost":"degree"}""")]
    [InlineData("  cost: { power: { scale: 2, exponent: 0.5 } }", """{"strategy":"random","budget":5,"cost":{"power":{"scale":2,"exponent":0.5}}}""")]
    [InlineData("", """{"strategy":"random","budget":5,"cost":"unit"}""")]
    public void A_budget_and_each_cost_form_are_read_and_resolved(string cost, string resolved)
    {
        var scenario = ScenarioText.Parse($"{Head}  strategy: random\n  budget: 5\n{cost}");

        Assert.Equal(5, scenario.Seeding.Budget);
        Assert.Null(scenario.Seeding.Count);
        Assert.Equal(resolved, scenario.Resolved["seeding"]!.ToJsonString());
    }

    [Fact]
    public void A_power_cost_keeps_its_scale_and_exponent()
    {
        var scenario = ScenarioText.Parse($"{Head}  strategy: top-degree\n  budget: 30\n  cost: {{ power: {{ scale: 1.5, exponent: -2 }} }}");

        Assert.Equal(new SeedCost(SeedCost.Power, Scale: 1.5, Exponent: -2), scenario.Seeding.Cost);
    }

    [Fact]
    public void A_count_scenario_resolves_as_before()
    {
        Assert.Equal("""{"strategy":"random","count":3}""", ScenarioText.Parse($"{Head}  strategy: random\n  count: 3").Resolved["seeding"]!.ToJsonString());
    }

    [Theory]
    [InlineData("  count: 3\n  budget: 5", "s.yaml:7:3: give either 'seeding.count' or 'seeding.budget', not both: a budget buys as many seeds as it can pay for")]
    [InlineData("  fraction: 0.5\n  budget: 5", "s.yaml:7:3: give either 'seeding.fraction' or 'seeding.budget', not both: a budget buys as many seeds as it can pay for")]
    [InlineData("  budget: 0", "s.yaml:6:11: 'seeding.budget' must be a number greater than 0, found 0")]
    [InlineData("  budget: -2", "s.yaml:6:11: 'seeding.budget' must be a number greater than 0, found -2")]
    [InlineData("  budget: 5\n  cost: price", "s.yaml:7:9: 'seeding.cost' must be unit, degree, { power: { scale: A, exponent: B } } or { attribute: NAME }, found 'price'")]
    [InlineData("  budget: 5\n  cost: { power: 2 }", "s.yaml:7:18: 'seeding.cost.power' must be a mapping { scale: A, exponent: B }, found 2")]
    [InlineData("  budget: 5\n  cost: { power: { scale: 1 } }", "s.yaml:7:18: missing required key 'seeding.cost.power.exponent'")]
    [InlineData("  budget: 5\n  cost: { power: { scale: 0, exponent: 1 } }", "s.yaml:7:27: 'seeding.cost.power.scale' must be a number greater than 0, found 0")]
    [InlineData("  budget: 5\n  cost: { power: { scale: 1, exponent: 11 } }", "s.yaml:7:40: 'seeding.cost.power.exponent' must be a number from -10 to 10, found 11")]
    [InlineData("  budget: 5\n  cost: { power: { scale: 1, exponent: 1, base: 2 } }", "s.yaml:7:43: unknown key 'base' in 'seeding.cost.power' (expected one of: scale, exponent)")]
    [InlineData("  budget: 5\n  cost: { attribute: [a] }", "s.yaml:7:22: 'seeding.cost.attribute' must be the name of a node attribute of the network file, found a list")]
    [InlineData("  budget: 5\n  cost: { power: { scale: 1, exponent: 1 }, attribute: price }", "s.yaml:7:9: 'seeding.cost' must be unit, degree, { power: { scale: A, exponent: B } } or { attribute: NAME }, found a mapping")]
    [InlineData("", "s.yaml:4:1: missing required key 'seeding.count' or 'seeding.fraction' or 'seeding.budget' (strategy random)")]
    public void Budget_and_cost_mistakes_are_reported_at_their_key(string seeding, string expected)
    {
        Assert.Equal([expected], ScenarioText.Problems($"{Head}  strategy: random\n{seeding}"));
    }

    [Fact]
    public void Explicit_seeds_take_no_budget()
    {
        Assert.Equal(["s.yaml:7:3: 'seeding.budget' is not used by strategy explicit"], ScenarioText.Problems($"{Head}  strategy: explicit\n  nodes: [1]\n  budget: 3"));
    }

    [Fact]
    public void An_attribute_cost_is_read_from_the_node_file()
    {
        _folder.Write("scenarios/nodes.csv", "id,price\na,2.5\nb,10\nc,1\n");

        var prepared = Prepare();

        Assert.Equal([2.5, 10, 1], SeedCosts.Of(prepared.Scenario.Seeding.Cost, prepared.Network));
    }

    [Theory]
    [InlineData("id,price\na,2.5\nb,0\nc,1\n", "nodes.csv:3:3: expected price to be a number greater than 0 (its cost, seeding.cost), found '0'")]
    [InlineData("id,price\na,-1\nb,2\nc,1\n", "nodes.csv:2:3: expected price to be a number greater than 0 (its cost, seeding.cost), found '-1'")]
    [InlineData("id,price\na,cheap\nb,2\nc,1\n", "nodes.csv:2:3: expected price to be a number greater than 0 (its cost, seeding.cost), found 'cheap'")]
    public void A_zero_negative_or_unreadable_attribute_cost_is_refused_at_its_line(string text, string expected)
    {
        string nodes = _folder.Write("scenarios/nodes.csv", text);

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => Prepare()).Problems);

        Assert.Equal(expected.Replace("nodes.csv", nodes, StringComparison.Ordinal), problem.ToString());
    }

    [Fact]
    public void A_node_without_an_attribute_cost_is_refused_naming_the_node_and_the_file()
    {
        string nodes = _folder.Write("scenarios/nodes.csv", "id,price\na,2.5\nb,\n");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => Prepare()).Problems);

        Assert.Equal($"{Path.Combine(_folder.Path, "scenarios", "s.yaml")}:7:60: seeding.cost.attribute: expected every node to have a positive 'price' in {nodes}, found nothing for node 'b'", problem.ToString());
    }

    [Fact]
    public void An_attribute_cost_needs_a_network_file()
    {
        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => RunPreparation.Prepare(ScenarioText.Parse($"{Head}  strategy: random\n  budget: 5\n  cost: {{ attribute: price }}"))).Problems);

        Assert.Equal("s.yaml:7:22: seeding.cost.attribute: a cost attribute needs a network file (or node file) with the attribute 'price'; network.generator complete has none", problem.ToString());
    }

    public void Dispose() => _folder.Dispose();

    private PreparedRun Prepare()
    {
        _folder.Write("scenarios/ties.csv", "a,b\nb,c\n");
        string path = _folder.Write("scenarios/s.yaml", "name: a\nnetwork:\n  generator: file\n  path: ties.csv\n  nodes: nodes.csv\nmodel: { kind: independent-cascade, probability: 0.1 }\nseeding: { strategy: random, budget: 3, cost: { attribute: price } }\n");
        return RunPreparation.Prepare(ScenarioLoader.Load(path, [], [], BuiltIns.Registries));
    }
}
