using InfluenceSim.Engine.Scenarios;
using InfluenceSim.Engine.Seeding.Strategies;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Seeding;

/// <summary>The seeds of every replicate of a run: drawn per replicate (random) or the same in all.</summary>
public sealed class SeedPlan
{
    private readonly Func<int, int[]> _seedsOf;

    private SeedPlan(Func<int, int[]> seedsOf) => _seedsOf = seedsOf;

    /// <summary>The same seeds in every replicate, with what the run should print about them.</summary>
    public static SeedPlan Fixed(int[] seeds, string? note = null) => new(_ => seeds) { Note = note };

    /// <summary>Seeds chosen again for every replicate by <paramref name="seedsOf"/> (ascending).</summary>
    public static SeedPlan PerReplicate(Func<int, int[]> seedsOf) => new(seedsOf);

    /// <summary>
    /// The plan a seeding block asks for, for a strategy that needs no prepared run (explicit seeds
    /// must already be resolved to node ids); <see cref="SeedPlanner"/> plans every strategy.
    /// </summary>
    public static SeedPlan For(SeedingSpec seeding, Network network, long masterSeed, int[] explicitNodes)
    {
        ArgumentNullException.ThrowIfNull(seeding);
        var context = new SeedingContext(network, seeding, masterSeed) { ExplicitNodes = explicitNodes };
        return SeedingStrategies.Default.Get(seeding.Strategy).PlanAsync(context, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>What the run should print about how the seeds were found (IMM's sample size and guarantee), or null.</summary>
    public string? Note { get; init; }

    /// <summary>The seeds of one replicate, ascending.</summary>
    public int[] SeedsOf(int replicate) => _seedsOf(replicate);
}
