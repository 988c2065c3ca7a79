using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>The <c>sweep:</c> block and <c>--sweep</c>: expansion, zip, ranges, and each point validated where its value was written.</summary>
public sealed class SweepTests
{
    private const string Head = "name: a\nnetwork: { generator: erdos-renyi, nodes: 50, mean-degree: 4 }\nmodel: { kind: independent-cascade, probability: 0.1 }\nseeding: { strategy: random, count: 2 }\n";

    private static IEnumerable<string> Points(Scenario scenario) =>
        scenario.Sweep!.Points.Select(p => string.Join(" ", p.Assignments.Select(a => $"{a.Key}={a.Value}")));

    [Fact]
    public void A_grid_is_the_cartesian_product_with_the_first_axis_slowest()
    {
        var scenario = ScenarioText.Parse(Head + "sweep:\n  model.probability: [0.1, 0.2]\n  network.nodes: [50, 60, 70]\n");

        Assert.Equal(
            ["model.probability=0.1 network.nodes=50", "model.probability=0.1 network.nodes=60", "model.probability=0.1 network.nodes=70",
             "model.probability=0.2 network.nodes=50", "model.probability=0.2 network.nodes=60", "model.probability=0.2 network.nodes=70"],
            Points(scenario));
        Assert.Equal(0.2, scenario.Sweep!.Points[5].Scenario.Model.Parameters["probability"].First);
        Assert.Equal(70, scenario.Sweep.Points[5].Scenario.Network.Nodes);
        Assert.Equal(0.1, scenario.Model.Parameters["probability"].First);
    }

    [Fact]
    public void Zip_pairs_the_lists()
    {
        var scenario = ScenarioText.Parse(Head + "sweep:\n  model.probability: [0.1, 0.2]\n  network.nodes: [50, 60]\n  zip: true\n");

        Assert.Equal(["model.probability=0.1 network.nodes=50", "model.probability=0.2 network.nodes=60"], Points(scenario));
        Assert.True(scenario.Sweep!.Zip);
    }

    [Fact]
    public void A_range_runs_from_to_by_step_inclusive_without_float_noise()
    {
        var scenario = ScenarioText.Parse(Head + "sweep:\n  model.probability: { from: 0.1, to: 0.3, step: 0.1 }\n");

        Assert.Equal(["model.probability=0.1", "model.probability=0.2", "model.probability=0.3"], Points(scenario));
    }

    [Fact]
    public void A_command_line_axis_replaces_the_file_s_axis_of_the_same_key()
    {
        var scenario = ScenarioText.Parse(Head + "sweep:\n  model.probability: [0.1, 0.2]\n", [], ["model.probability=0.3,0.4,0.5"]);

        Assert.Equal(["model.probability=0.3", "model.probability=0.4", "model.probability=0.5"], Points(scenario));
        Assert.Equal(3, scenario.Resolved["sweep"]!["model.probability"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("sweep:\n  model.probability: [0.1, 1.5]\n", "s.yaml:6:28: sweep value model.probability = 1.5: 'model.probability' must be a number from 0 to 1 or one of from-weight, weighted-cascade, trivalency, found 1.5")]
    [InlineData("sweep:\n  model.probabilty: [0.1]\n", "s.yaml:6:22: sweep value model.probabilty = 0.1: unknown parameter 'probabilty' of model independent-cascade; did you mean 'probability'?")]
    [InlineData("sweep:\n  network.nodes: [2]\n", "s.yaml:2:60: at sweep point network.nodes = 2: 'network.mean-degree' must be a number from 0 to 1 (nodes - 1), found 4")]
    [InlineData("sweep:\n  model.probability: 0.1\n", "s.yaml:6:22: 'sweep.model.probability' must be a non-empty list of values (numbers, texts, lists or mappings such as { uniform: [0.1, 0.3] }) or { from, to, step }")]
    [InlineData("sweep:\n  model.probability: [0.1, 0.2]\n  network.nodes: [50]\n  zip: true\n", "s.yaml:6:3: 'sweep' with zip: true needs lists of one length, found model.probability: 2, network.nodes: 1")]
    public void Sweep_mistakes_are_reported_where_they_were_written(string sweep, string expected)
    {
        var problems = ScenarioText.Problems(Head + sweep);
        Assert.True(problems.Length == 1 && problems[0] == expected, string.Join("\n", problems));
    }

    private const string Threshold = "name: a\nnetwork: { generator: erdos-renyi, nodes: 50, mean-degree: 4 }\nmodel: { kind: linear-threshold, threshold: 0.2 }\nseeding: { strategy: random, count: 2 }\n";

    [Fact]
    public void A_file_sweeps_distributions_as_a_list_of_values()
    {
        var scenario = ScenarioText.Parse(Threshold + "sweep:\n  model.threshold: [{ uniform: [0.1, 0.3] }, { uniform: [0.2, 0.4] }]\n");

        Assert.Equal(["model.threshold={uniform: [0.1, 0.3]}", "model.threshold={uniform: [0.2, 0.4]}"], Points(scenario));
        Assert.Equal("""{"uniform":[0.2,0.4]}""", scenario.Sweep!.Points[1].Scenario.Resolved["model"]!["threshold"]!.ToJsonString());
        Assert.Equal("""[{"uniform":[0.1,0.3]},{"uniform":[0.2,0.4]}]""", scenario.Resolved["sweep"]!["model.threshold"]!.ToJsonString());
    }

    [Fact]
    public void A_command_line_flow_list_sweeps_distributions_and_the_comma_form_stays_for_scalars()
    {
        var scenario = ScenarioText.Parse(Threshold, [], ["model.threshold=[{uniform: [0.1, 0.3]}, {uniform: [0.2, 0.4]}]", "network.nodes=50,60"]);

        Assert.Equal(
            ["model.threshold={uniform: [0.1, 0.3]} network.nodes=50", "model.threshold={uniform: [0.1, 0.3]} network.nodes=60",
             "model.threshold={uniform: [0.2, 0.4]} network.nodes=50", "model.threshold={uniform: [0.2, 0.4]} network.nodes=60"],
            Points(scenario));
        Assert.Equal("""{"uniform":[0.1,0.3]}""", scenario.Sweep!.Points[1].Scenario.Resolved["model"]!["threshold"]!.ToJsonString());
    }

    [Fact]
    public void Numeric_swept_values_stay_numbers_in_the_resolved_scenario()
    {
        var scenario = ScenarioText.Parse(Head + "sweep:\n  model.probability: [0.05, 0.1]\n  seeding.strategy: [random, top-degree]\n  network.nodes: [50]\n");

        Assert.Equal("""{"model.probability":[0.05,0.1],"seeding.strategy":["random","top-degree"],"network.nodes":[50]}""", scenario.Resolved["sweep"]!.ToJsonString());
    }

    [Theory]
    [InlineData("model.threshold=[{uniform: [0.1, 0.3]}, ", "--sweep model.threshold=[{uniform: [0.1, 0.3]}, :1:")]
    [InlineData("model.threshold=[]", "--sweep model.threshold=[]:1:17: expected KEY=[V1, V2, ...], a non-empty YAML flow list of values")]
    public void A_malformed_command_line_list_is_reported_at_the_option(string axis, string expected)
    {
        var error = Assert.Throws<ScenarioException>(() => ScenarioText.Parse(Threshold, [], [axis]));

        var problem = Assert.Single(error.Problems).ToString();
        Assert.StartsWith(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_combines_with_compare_seeding_down_to_a_nested_cost_key()
    {
        string text = "name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: 0.1 }\ncompare-seeding: [random, top-degree]\nseeding: { budget: 4, cost: { power: { scale: 1, exponent: 0 } } }\nsweep:\n  seeding.cost.power.exponent: [0, 1.5]\n";

        var scenario = ScenarioText.Parse(text);

        Assert.Equal(["random", "top-degree"], scenario.CompareSeeding);
        Assert.Equal([0.0, 1.5], scenario.Sweep!.Points.Select(p => p.Scenario.Seeding.Cost.Exponent));
        Assert.All(scenario.Sweep.Points, p => Assert.Equal(["random", "top-degree"], p.Scenario.CompareSeeding));
    }
}
