namespace InfluenceSim.Cli.Tests.Support;

/// <summary>Small scenario files for the tests, with the positions of their mistakes known.</summary>
public static class ScenarioTexts
{
    /// <summary>An independent cascade on an Erdos-Renyi network of 500 nodes, three replicates, seed 7.</summary>
    public const string Small = """
        name: small
        seed: 7
        replicates: 3
        max-steps: 200
        network:
          generator: erdos-renyi
          nodes: 500
          mean-degree: 6
        model:
          kind: independent-cascade
          probability: 0.2
        seeding:
          strategy: random
          count: 3

        """;

    /// <summary>
    /// A scenario with four mistakes: a misspelt key at 6:3 (<c>mean-degre</c>), a probability out of range at
    /// 9:16, a negative replicate count at 2:13 and the missing <c>network.mean-degree</c> it implies.
    /// </summary>
    public const string Bad = """
        name: bad
        replicates: -1
        network:
          generator: erdos-renyi
          nodes: 500
          mean-degre: 6
        model:
          kind: independent-cascade
          probability: 1.5

        """;
}
