using InfluenceSim.Engine.Seeding;
using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;
using InfluenceSim.Scenarios.Strategies;
using InfluenceSim.Seeding;
using Generators = InfluenceSim.Networks.Generators.NetworkGenerators;

namespace InfluenceSim.Engine.Benchmarking;

/// <summary>
/// The bench's workload (docs/performance.md): independent cascade with one probability on an Erdos-Renyi
/// network, a number of random seeds per replicate, all from one master seed. The defaults are W1, the
/// workload the performance targets name.
/// </summary>
public sealed record BenchWorkload(int Nodes = BenchWorkload.DefaultNodes, double MeanDegree = BenchWorkload.DefaultMeanDegree, double Probability = BenchWorkload.DefaultProbability, int Seeds = BenchWorkload.DefaultSeeds, long Seed = BenchWorkload.DefaultSeed)
{
    public const int DefaultNodes = 100_000;
    public const double DefaultMeanDegree = 10;
    public const double DefaultProbability = 0.15;
    public const int DefaultSeeds = 10;
    public const long DefaultSeed = 1;

    /// <summary>The upper bound on steps of every bench run.</summary>
    public const int MaxSteps = 1000;

    /// <summary>The Erdos-Renyi network of <see cref="Nodes"/> nodes and <see cref="MeanDegree"/>, from <see cref="Seed"/>.</summary>
    public Network BuildNetwork() => Generators.ErdosRenyi(Nodes, MeanDegree, Seed);

    /// <summary>Independent cascade with <see cref="Probability"/> on every tie.</summary>
    public ModelSettings Model() =>
        new(ModelCatalogue.IndependentCascade, new Dictionary<string, Distribution> { ["probability"] = Distribution.Constant(Probability) });

    /// <summary><see cref="Seeds"/> random seeds per replicate on <paramref name="network"/>.</summary>
    public SeedPlan SeedsOn(Network network) =>
        SeedPlanner.For(BuiltIns.Strategies, new SeedingSpec(StrategyNames.Random, Seeds), network, Seed, []);
}
