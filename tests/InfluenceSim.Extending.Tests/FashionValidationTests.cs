using InfluenceSim.Engine;
using InfluenceSim.Extending.Tests.Fashion;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Scenarios;
using InfluenceSim.Testing;

namespace InfluenceSim.Extending.Tests;

/// <summary>A scenario naming a model is checked against the models the program registered, with the file, line and column of each problem.</summary>
public sealed class FashionValidationTests
{
    private static readonly ModelRegistry WithFashion = ModelRegistry.BuiltIn.With(new FashionModel());

    [Fact]
    public void A_registered_model_fills_in_its_defaults()
    {
        using var work = new TempFolder();
        string text = FashionScenario.Text("node-grains").Replace("  low: 0.2\n", "", StringComparison.Ordinal);

        var scenario = ScenarioLoader.Load(work.Write("fashion.yaml", text), [], [], BuiltIns.Registries.WithModels(WithFashion));

        Assert.IsType<FashionModel>(scenario.Model.Definition);
        Assert.Equal(0.2, scenario.Model.Settings.Number("low"));
        Assert.Equal(0.5, scenario.Model.Settings.Number("high"));
    }

    [Fact]
    public void An_unregistered_model_is_an_error_at_its_line_naming_the_known_models()
    {
        using var work = new TempFolder();

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(work.Write("fashion.yaml", FashionScenario.Text("node-grains")), [], [], BuiltIns.Registries));

        var problem = Assert.Single(error.Problems);
        Assert.Equal((10, 9), (problem.Line, problem.Column));
        Assert.Equal("'model.kind' must be one of independent-cascade, linear-threshold, complex-contagion, bass, found 'fashion'", problem.Message);
    }

    [Fact]
    public void A_misspelt_kind_suggests_the_registered_model()
    {
        using var work = new TempFolder();
        string text = FashionScenario.Text("node-grains").Replace("kind: fashion", "kind: fashon", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(work.Write("fashion.yaml", text), [], [], BuiltIns.Registries.WithModels(WithFashion)));

        Assert.Contains("must be one of independent-cascade, linear-threshold, complex-contagion, bass, fashion, found 'fashon'; did you mean 'fashion'?", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_out_of_its_range_is_an_error_at_its_line_and_column()
    {
        using var work = new TempFolder();
        string text = FashionScenario.Text("blocks").Replace("high: 0.5", "high: 2", StringComparison.Ordinal);

        var error = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load(work.Write("fashion.yaml", text), [], [], BuiltIns.Registries.WithModels(WithFashion)));

        var problem = Assert.Single(error.Problems);
        Assert.EndsWith("fashion.yaml", problem.File, StringComparison.Ordinal);
        Assert.Equal((12, 9), (problem.Line, problem.Column));
        Assert.Equal("'model.high' must be a number from 0 to 1, found 2", problem.Message);
    }
}
