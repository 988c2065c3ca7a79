using InfluenceSim.Models.Catalogue;

namespace InfluenceSim.Scenarios;

/// <summary>The registries a scenario's names are checked against: its models, network generators and seeding strategies (docs/extending.md); the engine's <c>BuiltIns.Registries</c> are the built-in ones.</summary>
/// <param name="Models">The values of <c>model.kind</c>.</param>
/// <param name="Generators">The values of <c>network.generator</c>.</param>
/// <param name="Strategies">The values of <c>seeding.strategy</c> and <c>compare-seeding</c>.</param>
public sealed record ScenarioRegistries(ModelRegistry Models, NetworkGenerators Generators, SeedingStrategies Strategies)
{
    /// <summary>These registries with <paramref name="models"/> instead of their models, or unchanged when it is null.</summary>
    public ScenarioRegistries WithModels(ModelRegistry? models) => models is null ? this : this with { Models = models };
}
