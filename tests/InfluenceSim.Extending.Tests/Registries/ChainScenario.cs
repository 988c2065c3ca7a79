using InfluenceSim.Engine;
using InfluenceSim.Extending.Tests.Fashion;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;

namespace InfluenceSim.Extending.Tests.Registries;

/// <summary>The registry tests' scenario: three replicates on a <c>chain</c> of <see cref="Length"/> nodes, one seed, the per-node table recorded.</summary>
internal static class ChainScenario
{
    /// <summary>The chain's nodes.</summary>
    public const int Length = 12;

    /// <summary>Independent cascade with every tie's probability 1: the seed's cascade reaches the whole chain.</summary>
    public const string CertainCascade = "kind: independent-cascade\n  probability: 1";

    /// <summary>The built-in registries with this program's <c>chain</c> generator, <c>fashion</c> model and <paramref name="strategy"/>.</summary>
    public static ScenarioRegistries RegistriesWith(SeedingStrategy strategy) => BuiltIns.Registries with
    {
        Models = ModelRegistry.BuiltIn.With(new FashionModel()),
        Generators = NetworkGenerators.Default.With(new ChainGenerator()),
        Strategies = BuiltIns.Strategies.With(strategy),
    };

    /// <summary>The scenario with <paramref name="model"/> and <paramref name="seeding"/> (the lines of those blocks besides <c>count</c>) under <paramref name="hosting"/>.</summary>
    public static string Text(string model, string seeding, string hosting) => $"""
        name: chain
        seed: 5
        replicates: 3
        max-steps: 40
        network:
          generator: chain
          length: {Length}
        model:
          {model}
        seeding:
          {seeding}
          count: 1
        outputs: [nodes]
        engine:
          hosting: {hosting}
        """;
}
