namespace InfluenceSim.Engine.Tests.Scenarios;

public sealed class ModelTests
{
    private const string Expected = "a number from 0 to 1 or a distribution ({ uniform: [min, max] } or { normal: [mean, sd] })";

    private static string[] Problems(string model) =>
        ScenarioText.Problems("name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel:\n  kind: linear-threshold\n  " + model);

    [Theory]
    [InlineData("threshold: { uniform: [0.5, 0.2] }", "s.yaml:5:25: 'model.threshold.uniform' must be [min, max] with min <= max, found [0.5, 0.2]")]
    [InlineData("threshold: { uniform: [0.5, 1.2] }", "s.yaml:5:31: 'model.threshold.uniform[1]' must be a number from 0 to 1, found 1.2")]
    [InlineData("threshold: { uniform: [0.5] }", "s.yaml:5:25: 'model.threshold.uniform' must be a list of two numbers [min, max], found a list")]
    [InlineData("threshold: { uniform: 0.5 }", "s.yaml:5:25: 'model.threshold.uniform' must be a list of two numbers [min, max], found 0.5")]
    [InlineData("threshold: { normal: [0.3, -0.1] }", "s.yaml:5:30: 'model.threshold.normal[1]' must be a number >= 0 (the standard deviation), found -0.1")]
    [InlineData("threshold: { normal: [mean, 0.1] }", "s.yaml:5:25: 'model.threshold.normal[0]' must be a number (the mean), found 'mean'")]
    [InlineData("threshold: { unifrom: [0.1, 0.2] }", "s.yaml:5:16: unknown distribution 'unifrom' in 'model.threshold'; did you mean 'uniform'?")]
    [InlineData("threshold: { beta: [1, 2] }", "s.yaml:5:16: unknown distribution 'beta' in 'model.threshold' (expected one of: uniform, normal)")]
    [InlineData("threshold: { uniform: [0, 1], normal: [0, 1] }", "s.yaml:5:14: 'model.threshold' must be " + Expected + ", found a mapping")]
    [InlineData("threshold: [0.1, 0.2]", "s.yaml:5:14: 'model.threshold' must be " + Expected + ", found a list")]
    [InlineData("threshold: -0.5", "s.yaml:5:14: 'model.threshold' must be " + Expected + ", found -0.5")]
    [InlineData("threshold: .nan", "s.yaml:5:14: 'model.threshold' must be " + Expected + ", found '.nan'")]
    public void Bad_distributions(string model, string expected) => Assert.Equal([expected], Problems(model));

    [Fact]
    public void A_plain_number_parameter_takes_no_distribution()
    {
        string problem = ScenarioText.Problem("name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent-cascade, probability: { uniform: [0, 1] } }");

        Assert.Equal("s.yaml:3:50: 'model.probability' must be a number from 0 to 1 or one of from-weight, weighted-cascade, trivalency, found a mapping", problem);
    }

    [Fact]
    public void Unknown_kind_is_refused_with_a_suggestion()
    {
        string problem = ScenarioText.Problem("name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { kind: independent_cascade, probability: 0.1 }");

        Assert.Equal("s.yaml:3:16: 'model.kind' must be one of independent-cascade, linear-threshold, complex-contagion, bass, found 'independent_cascade'; did you mean 'independent-cascade'?", problem);
    }

    [Fact]
    public void Complex_contagion_takes_an_integer_threshold_count_defaulting_to_2()
    {
        const string Head = "name: a\nnetwork: { generator: complete, nodes: 10 }\n";

        Assert.Equal(2, ScenarioText.Parse(Head + "model: { kind: complex-contagion }").Model.Parameters["threshold-count"].First);
        Assert.Equal(
            "s.yaml:3:52: 'model.threshold-count' must be an integer from 1 to 1000000, found 2.5",
            ScenarioText.Problem(Head + "model: { kind: complex-contagion, threshold-count: 2.5 }"));
    }

    [Fact]
    public void A_parameter_of_another_model_is_unknown()
    {
        string[] problems = Problems("threshold: 0.5\n  probability: 0.1\n  treshold: 0.2");

        Assert.Equal(
            [
                "s.yaml:6:3: unknown parameter 'probability' of model linear-threshold (expected one of: threshold, aversion)",
                "s.yaml:7:3: unknown parameter 'treshold' of model linear-threshold; did you mean 'threshold'?",
            ],
            problems);
    }

    [Fact]
    public void Missing_model_kind()
    {
        string problem = ScenarioText.Problem("name: a\nnetwork: { generator: complete, nodes: 10 }\nmodel: { probability: 0.1 }");

        Assert.Equal("s.yaml:3:1: missing required key 'model.kind'", problem);
    }
}
