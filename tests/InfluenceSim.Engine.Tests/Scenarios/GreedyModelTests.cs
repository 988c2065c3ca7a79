using InfluenceSim.Engine.Running;
using InfluenceSim.Engine.Scenarios;

namespace InfluenceSim.Engine.Tests.Scenarios;

/// <summary>Greedy seeding estimates spread with its own runners for independent cascade and linear threshold; other models are refused before the run.</summary>
public sealed class GreedyModelTests
{
    [Theory]
    [InlineData("bass")]
    [InlineData("complex-contagion")]
    public void Greedy_is_refused_for_a_model_it_cannot_estimate(string kind)
    {
        var scenario = ScenarioText.Parse($"name: a\nnetwork: {{ generator: complete, nodes: 10 }}\nmodel: {{ kind: {kind} }}\nseeding: {{ strategy: greedy, count: 2 }}");

        var problem = Assert.Single(Assert.Throws<ScenarioException>(() => RunPreparation.Prepare(scenario)).Problems);

        Assert.Equal(4, problem.Line);
        Assert.Equal($"seeding.strategy: greedy estimates spread under independent-cascade or linear-threshold; model {kind} needs another strategy", problem.Message);
    }
}
