using InfluenceSim.Engine.Running;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>Greedy seeding estimates spread with its own runners for independent cascade and linear threshold with its model threshold; other models, and linear threshold whose thresholds come from the population, are refused before the run.</summary>
public sealed class GreedyModelTests
{
    [Theory]
    [InlineData("bass")]
    [InlineData("complex-contagion")]
    [InlineData("linear-threshold")]
    public void Greedy_is_refused_for_a_model_it_cannot_estimate(string kind)
    {
        string population = kind == "linear-threshold" ? "\npopulation: { traits: { threshold: 0.3 } }" : "";
        var scenario = ScenarioText.Parse($"name: a\nnetwork: {{ generator: complete, nodes: 10 }}\nmodel: {{ kind: {kind} }}\nseeding: {{ strategy: greedy, count: 2 }}{population}");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => RunPreparation.Prepare(scenario)).Problems);

        Assert.Equal(4, problem.Line);
        Assert.Equal($"seeding.strategy: greedy estimates spread under independent-cascade, or linear-threshold with model.threshold; model {kind} as given needs another strategy", problem.Message);
    }
}
