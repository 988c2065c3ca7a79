namespace InfluenceSim.Extending.Tests.Registries;

/// <summary>The registry tests' scenario: three replicates on a <c>chain</c> of <see cref="Length"/> nodes, one seed, the per-node table recorded.</summary>
internal static class ChainScenario
{
    /// <summary>The chain's nodes.</summary>
    public const int Length = 12;

    /// <summary>Independent cascade with every tie's probability 1: the seed's cascade reaches the whole chain.</summary>
    public const string CertainCascade = "kind: independent-cascade\n  probability: 1";

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
