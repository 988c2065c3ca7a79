using InfluenceSim.Models.Catalogue;

namespace InfluenceSim.Engine.Scenarios;

/// <summary>The registries a scenario's names are checked against: its models, network generators and seeding strategies (docs/extending.md).</summary>
/// <param name="Models">The values of <c>model.kind</c>.</param>
/// <param name="Generators">The values of <c>network.generator</c>.</param>
/// <param name="Strategies">The values of <c>seeding.strategy</c> and <c>compare-seeding</c>.</param>
public sealed record ScenarioRegistries(ModelRegistry Models, NetworkGenerators Generators, SeedingStrategies Strategies)
{
    /// <summary>The built-in models, generators and strategies.</summary>
    public static ScenarioRegistries Default { get; } = new(ModelRegistry.BuiltIn, NetworkGenerators.Default, SeedingStrategies.Default);

    /// <summary>These registries with <paramref name="models"/> instead of their models, or unchanged when it is null.</summary>
    public ScenarioRegistries WithModels(ModelRegistry? models) => models is null ? this : this with { Models = models };
}
