using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Models.Tests.Agents;

/// <summary>The scenarios the block tests run: every model, every brand stance, aversion, satisfaction, file values and segments.</summary>
internal static class BlockScenarios
{
    private const int Nodes = 60;

    private static readonly PopulationSettings Traits = new(
        new Dictionary<Trait, Distribution>
        {
            [Trait.Satisfaction] = Distribution.Uniform(0.2, 1),
            [Trait.PrescriptionPropensity] = Distribution.Uniform(0.5, 1),
            [Trait.BroadcastSusceptibility] = Distribution.Uniform(0.3, 1),
            [Trait.Credibility] = Distribution.Constant(0.9),
        },
        [
            new Segment("sceptics", 0.3, new Dictionary<Trait, Distribution> { [Trait.Satisfaction] = Distribution.Constant(0.1), [Trait.Threshold] = Distribution.Uniform(0.5, 1) }),
            new Segment("fans", 0.3, new Dictionary<Trait, Distribution> { [Trait.BroadcastSusceptibility] = Distribution.Constant(1) }),
        ]);

    public static IReadOnlyList<BlockScenario> All { get; } =
    [
        Scenario("independent-cascade, relay", IndependentCascade(3, 1), BrandStance.Relay, Weighted(1), ["adopt:Seed", "adopt:Broadcast", "adopt:Prescription", "reject", "dissatisfied", "relay", "revisit", "negative"]),
        Scenario("independent-cascade, suppress", IndependentCascade(1, 0.3), BrandStance.Suppress, ErdosRenyi(2), ["adopt:Seed", "adopt:Broadcast", "adopt:Prescription", "dissatisfied", "suppress", "negative"]),
        Scenario("linear-threshold, relay", Settings(ModelCatalogue.LinearThreshold, ("threshold", Distribution.Uniform(0, 1)), ("aversion", Distribution.Constant(0.25))), BrandStance.Relay, Weighted(3), ["adopt:Seed", "adopt:Broadcast", "adopt:SocialProof", "reject", "dissatisfied", "relay", "negative"]),
        Scenario("linear-threshold, neutral", Settings(ModelCatalogue.LinearThreshold, ("threshold", Distribution.Constant(0.3))), BrandStance.Neutral, ErdosRenyi(4), ["adopt:Seed", "adopt:Broadcast", "adopt:SocialProof", "dissatisfied"]),
        Scenario("complex-contagion, relay", Settings(ModelCatalogue.ComplexContagion, ("threshold-count", Distribution.Constant(2))), BrandStance.Relay, ErdosRenyi(5), ["adopt:Seed", "adopt:Broadcast", "adopt:SocialProof", "relay"]),
        Scenario("bass, suppress", Bass(aversion: 1), BrandStance.Suppress, Weighted(6), ["adopt:Seed", "adopt:Broadcast", "adopt:SocialProof", "reject", "dissatisfied", "suppress", "revisit", "negative"]),
        Scenario("bass, relay", Bass(aversion: 0.5), BrandStance.Relay, ErdosRenyi(7), ["adopt:Seed", "adopt:Broadcast", "adopt:SocialProof", "relay", "revisit", "negative"]),
    ];

    public static BlockScenario Named(string name) => All.Single(s => s.Name == name);

    private static BlockScenario Scenario(string name, ModelSettings model, BrandStance stance, Network network, string[] exercised) => new(
        name,
        model,
        Traits,
        new WordOfMouthSettings([0.6, 0.9, 0.5], stance, 0.4),
        FileValues(network.NodeCount, seed: name.Length),
        network,
        First: 13,
        Count: 30,
        FirstReplicate: 2,
        Lanes: 3,
        new HashSet<string>(exercised));

    /// <summary>Independent cascade with probability 0.6; acceptance reaches 0 (a rejection) only with aversion 1.</summary>
    private static ModelSettings IndependentCascade(int prescribingSteps, double aversion) => Settings(
        ModelCatalogue.IndependentCascade,
        ("probability", Distribution.Constant(0.6)),
        ("prescribing-steps", Distribution.Constant(prescribingSteps)),
        ("aversion", Distribution.Constant(aversion)));

    /// <summary>Bass with innovation 0.3 and imitation 0.6; acceptance reaches 0 (a rejection) only with aversion 1.</summary>
    private static ModelSettings Bass(double aversion) => Settings(
        ModelCatalogue.Bass,
        ("innovation", Distribution.Constant(0.3)),
        ("imitation", Distribution.Constant(0.6)),
        ("aversion", Distribution.Constant(aversion)));

    private static ModelSettings Settings(string kind, params (string Key, Distribution Value)[] parameters) =>
        new(kind, parameters.ToDictionary(p => p.Key, p => p.Value));

    private static Network ErdosRenyi(long seed) => NetworkGenerators.ErdosRenyi(Nodes, 5, seed);

    /// <summary>A directed network with random weights in (0.1, 2], about five out-ties a node.</summary>
    private static Network Weighted(int seed)
    {
        var random = new Random(seed);
        var builder = new NetworkBuilder(Nodes, directed: true);
        for (int u = 0; u < Nodes; u++)
        {
            foreach (int v in Enumerable.Range(0, Nodes).Where(v => v != u && random.NextDouble() < 5.0 / Nodes))
            {
                builder.AddTie(u, v, 0.1 + (random.NextDouble() * 1.9));
            }
        }

        return builder.Build();
    }

    /// <summary>File values for about a third of the nodes (credibility and satisfaction) and a fixed segment for a sixth.</summary>
    private static NodeAttributeValues FileValues(int nodes, int seed)
    {
        var random = new Random(seed);
        var credibility = new double[nodes];
        var satisfaction = new double[nodes];
        var segments = new int[nodes];
        for (int node = 0; node < nodes; node++)
        {
            credibility[node] = random.NextDouble() < 0.3 ? random.NextDouble() : double.NaN;
            satisfaction[node] = random.NextDouble() < 0.3 ? random.NextDouble() : double.NaN;
            segments[node] = random.NextDouble() < 0.17 ? random.Next(2) : -1;
        }

        return new NodeAttributeValues(new Dictionary<Trait, double[]> { [Trait.Credibility] = credibility, [Trait.Satisfaction] = satisfaction }, segments);
    }
}
