using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Centrality;

namespace InfluenceSim.Engine.Seeding;

/// <summary>The seeds of every replicate of a run: drawn per replicate (random) or the same in all.</summary>
public sealed class SeedPlan
{
    private readonly Func<int, int[]> _seedsOf;

    private SeedPlan(Func<int, int[]> seedsOf) => _seedsOf = seedsOf;

    /// <summary>The same seeds in every replicate, with what the run should print about them.</summary>
    public static SeedPlan Fixed(int[] seeds, string? note = null) => new(_ => seeds) { Note = note };

    /// <summary>The plan a seeding block asks for; explicit seeds must already be resolved to node ids.</summary>
    public static SeedPlan For(SeedingSpec seeding, Network network, long masterSeed, int[] explicitNodes) => seeding.Strategy switch
    {
        _ when seeding.Budget is { } budget && seeding.Strategy is SeedingStrategies.Random or SeedingStrategies.TopDegree => Bought(seeding, network, masterSeed, budget),
        SeedingStrategies.Random => Randomly(network.NodeCount, SeedSelection.SeedCount(seeding.Count, seeding.Fraction, network.NodeCount), new Draws(masterSeed)),
        SeedingStrategies.TopDegree => Fixed(SeedSelection.TopDegree(network, SeedSelection.SeedCount(seeding.Count, seeding.Fraction, network.NodeCount))),
        SeedingStrategies.Explicit => Fixed(explicitNodes),
        SeedingStrategies.None => Fixed([]),
        _ => throw new ArgumentException($"unknown seeding strategy '{seeding.Strategy}'", nameof(seeding)),
    };

    /// <summary>What the run should print about how the seeds were found (IMM's sample size and guarantee), or null.</summary>
    public string? Note { get; init; }

    /// <summary>The seeds of one replicate, ascending.</summary>
    public int[] SeedsOf(int replicate) => _seedsOf(replicate);

    /// <summary>
    /// Random or top-degree seeds bought with <paramref name="budget"/>: the nodes taken walking the
    /// replicate's <c>draw(SEEDING, r, 0, node, 0)</c> order (smallest first, ties by id), or the
    /// top-degree ranking, each node that still fits.
    /// </summary>
    private static SeedPlan Bought(SeedingSpec seeding, Network network, long masterSeed, double budget)
    {
        var costs = SeedCosts.Of(seeding.Cost, network);
        if (seeding.Strategy == SeedingStrategies.TopDegree)
        {
            return Fixed(BudgetSpending.Walk(CentralityRanking.TopByDegree(network, network.NodeCount), costs, budget));
        }

        var draws = new Draws(masterSeed);
        return new(replicate => BudgetSpending.Walk(SeedSelection.DrawOrder(network.NodeCount, draws, replicate), costs, budget));
    }

    private static SeedPlan Randomly(int nodes, int k, Draws draws) => new(replicate => SeedSelection.Random(nodes, k, draws, replicate));
}
