using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Seeding;

/// <summary>The seeds of every replicate of a run: drawn per replicate (random) or the same in all.</summary>
public sealed class SeedPlan
{
    private readonly Func<int, int[]> _seedsOf;

    private SeedPlan(Func<int, int[]> seedsOf) => _seedsOf = seedsOf;

    /// <summary>The same seeds in every replicate.</summary>
    public static SeedPlan Fixed(int[] seeds) => new(_ => seeds);

    /// <summary>The plan a seeding block asks for; explicit seeds must already be resolved to node ids.</summary>
    public static SeedPlan For(SeedingSpec seeding, Network network, long masterSeed, int[] explicitNodes) => seeding.Strategy switch
    {
        SeedingStrategies.Random => Randomly(network.NodeCount, SeedSelection.SeedCount(seeding.Count, seeding.Fraction, network.NodeCount), new Draws(masterSeed)),
        SeedingStrategies.TopDegree => Fixed(SeedSelection.TopDegree(network, SeedSelection.SeedCount(seeding.Count, seeding.Fraction, network.NodeCount))),
        SeedingStrategies.Explicit => Fixed(explicitNodes),
        SeedingStrategies.None => Fixed([]),
        _ => throw new ArgumentException($"unknown seeding strategy '{seeding.Strategy}'", nameof(seeding)),
    };

    /// <summary>The seeds of one replicate, ascending.</summary>
    public int[] SeedsOf(int replicate) => _seedsOf(replicate);

    private static SeedPlan Randomly(int nodes, int k, Draws draws) => new(replicate => SeedSelection.Random(nodes, k, draws, replicate));
}
