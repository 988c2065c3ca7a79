using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Engine.Seeding;

/// <summary>The strategies a scenario names, looked up in the registries it was validated against: what the engine asks about their needs, never their names.</summary>
public static class ScenarioStrategies
{
    /// <summary>Each strategy of <c>compare-seeding</c>, or the one of <c>seeding.strategy</c>.</summary>
    public static IReadOnlyList<SeedingStrategy> Of(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return [.. (scenario.CompareSeeding ?? [scenario.Seeding.Strategy]).Select(scenario.Registries.Strategies.Get)];
    }
}
