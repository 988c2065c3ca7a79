using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Engine.Tests.Scenarios.Market;

/// <summary>A linear-threshold model may leave out its threshold when population.traits gives every node one; otherwise it is required.</summary>
public sealed class PopulationThresholdTests
{
    private const string Head = "name: a\nnetwork: { generator: complete, nodes: 10 }\n";

    [Fact]
    public void Population_traits_stand_for_the_model_threshold()
    {
        var scenario = ScenarioText.Parse(Head + "model: { kind: linear-threshold }\npopulation: { traits: { threshold: { uniform: [0.1, 0.4] } } }");

        Assert.False(scenario.Model.Parameters.ContainsKey("threshold"));
        Assert.Equal(Distribution.Uniform(0.1, 0.4), scenario.Market.Population.Traits[Trait.Threshold]);
        Assert.Empty(scenario.Warnings);
    }

    [Fact]
    public void Segments_alone_do_not_stand_for_it()
    {
        Assert.Equal(
            "s.yaml:3:1: missing required key 'model.threshold' (model linear-threshold)",
            ScenarioText.Problem(Head + "model: { kind: linear-threshold }\npopulation: { segments: [{ name: a, share: 0.5, threshold: 0.2 }] }"));
    }
}
