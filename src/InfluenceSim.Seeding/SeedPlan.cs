namespace InfluenceSim.Seeding;

/// <summary>The seeds of every replicate of a run: drawn per replicate (random) or the same in all.</summary>
public sealed class SeedPlan
{
    private readonly Func<int, int[]> _seedsOf;

    private SeedPlan(Func<int, int[]> seedsOf) => _seedsOf = seedsOf;

    /// <summary>The same seeds in every replicate, with what the run should print about them.</summary>
    public static SeedPlan Fixed(int[] seeds, string? note = null) => new(_ => seeds) { Note = note };

    /// <summary>Seeds chosen again for every replicate by <paramref name="seedsOf"/> (ascending).</summary>
    public static SeedPlan PerReplicate(Func<int, int[]> seedsOf) => new(seedsOf);

    /// <summary>What the run should print about how the seeds were found (IMM's sample size and guarantee), or null.</summary>
    public string? Note { get; init; }

    /// <summary>The seeds of one replicate, ascending.</summary>
    public int[] SeedsOf(int replicate) => _seedsOf(replicate);
}
