using InfluenceSim.Engine.Running;
using InfluenceSim.Models.Agents;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>
/// <c>model.probability</c> takes a number or a per-tie rule; from-weight needs a network file whose
/// weights lie in (0, 1], refused at the scenario key or at the weight's line otherwise.
/// </summary>
public sealed class TieRuleScenarioTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData("from-weight", TieRule.FromWeight)]
    [InlineData("weighted-cascade", TieRule.WeightedCascade)]
    [InlineData("trivalency", TieRule.Trivalency)]
    public void A_named_rule_is_read_and_echoed_in_the_resolved_scenario(string name, TieRule rule)
    {
        _folder.Write("ties.csv", "source,target,weight\na,b,0.5\nb,c,1\n");
        string scenario = _folder.Write("s.yaml", $"name: a\nnetwork: {{ generator: file, path: ties.csv }}\nmodel: {{ kind: independent-cascade, probability: {name} }}\n");

        var parsed = ScenarioLoader.Load(scenario, [], [], BuiltIns.Registries);

        Assert.Equal(rule, parsed.Model.ProbabilityRule);
        Assert.False(parsed.Model.Parameters.ContainsKey("probability"));
        Assert.Equal(name, parsed.Resolved["model"]!["probability"]!.GetValue<string>());
    }

    [Fact]
    public void Another_word_is_refused_with_the_rules_listed()
    {
        Assert.Equal(
            "s.yaml:3:50: 'model.probability' must be a number from 0 to 1 or one of from-weight, weighted-cascade, trivalency, found 'weights'",
            ScenarioText.Problem("name: a\nnetwork: { generator: star, nodes: 5 }\nmodel: { kind: independent-cascade, probability: weights }"));
    }

    [Fact]
    public void From_weight_on_a_generated_network_is_refused_at_the_probability()
    {
        Assert.Equal(
            "s.yaml:3:50: 'model.probability' is from-weight, which reads each tie's weight as its probability, but a star network has no weights: give a weighted network file (weights in (0, 1]) or a number",
            ScenarioText.Problem("name: a\nnetwork: { generator: star, nodes: 5 }\nmodel: { kind: independent-cascade, probability: from-weight }"));
    }

    [Fact]
    public void From_weight_refuses_a_weight_above_one_at_its_line()
    {
        string network = _folder.Write("ties.csv", "source,target,weight\na,b,0.5\nb,c,1.5\n");
        string scenario = _folder.Write("s.yaml", "name: a\nnetwork: { generator: file, path: ties.csv }\nmodel: { kind: independent-cascade, probability: from-weight }\n");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => RunPreparation.Prepare(ScenarioLoader.Load(scenario, [], [], BuiltIns.Registries))).Problems);

        Assert.Equal($"{network}:3:1: tie 'b'-'c' has weight 1.5: expected a weight in (0, 1], as each weight is the tie's probability (model.probability from-weight)", problem.ToString());
    }

    [Fact]
    public void From_weight_refuses_a_network_file_without_weights()
    {
        _folder.Write("ties.csv", "a,b\nb,c\n");
        string scenario = _folder.Write("s.yaml", "name: a\nnetwork: { generator: file, path: ties.csv }\nmodel: { kind: independent-cascade, probability: from-weight }\n");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => RunPreparation.Prepare(ScenarioLoader.Load(scenario, [], [], BuiltIns.Registries))).Problems);

        Assert.Equal(3, problem.Line);
        Assert.StartsWith("model.probability: from-weight reads each tie's weight as its probability, but every tie of the network file weighs 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_above_one_are_kept_for_a_number()
    {
        _folder.Write("ties.csv", "source,target,weight\na,b,0.5\nb,c,1.5\n");
        string scenario = _folder.Write("s.yaml", "name: a\nnetwork: { generator: file, path: ties.csv }\nmodel: { kind: independent-cascade, probability: 0.5 }\n");

        Assert.Equal(3, RunPreparation.Prepare(ScenarioLoader.Load(scenario, [], [], BuiltIns.Registries)).Network.NodeCount);
    }

    public void Dispose() => _folder.Dispose();
}
