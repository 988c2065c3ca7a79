namespace InfluenceSim.Engine.Scenarios;

/// <summary>The registries a scenario's names are checked against: its network generators and seeding strategies (docs/extending.md).</summary>
/// <param name="Generators">The values of <c>network.generator</c>.</param>
/// <param name="Strategies">The values of <c>seeding.strategy</c> and <c>compare-seeding</c>.</param>
public sealed record ScenarioRegistries(NetworkGenerators Generators, SeedingStrategies Strategies)
{
    /// <summary>The built-in generators and strategies.</summary>
    public static ScenarioRegistries Default { get; } = new(NetworkGenerators.Default, SeedingStrategies.Default);
}
