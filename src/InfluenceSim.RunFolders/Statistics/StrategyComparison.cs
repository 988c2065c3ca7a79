namespace InfluenceSim.RunFolders.Statistics;

/// <summary>
/// One seeding strategy against the random baseline, over common random numbers: its final share,
/// the paired difference to random (same replicate numbers, so the same coins) and the influence
/// multiplier (mean adopters from the strategy's seeds / mean adopters from random seeds; Watts and
/// Dodds 2007), null when random seeds reach nobody.
/// </summary>
public sealed record StrategyComparison(string Strategy, SampleSummary AdoptedFraction, SampleSummary DifferenceToRandom, double? InfluenceMultiplier)
{
    /// <summary>The swept keys' values of the sweep point compared (empty without a sweep).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Keys { get; init; } = [];

    /// <summary>What the strategy's seeds cost, the mean over replicates (under <c>seeding.cost</c>; unit costs count the seeds).</summary>
    public double SpendMean { get; init; }

    /// <summary>Mean adopters over mean spend; null when the seeds cost nothing (no seeds).</summary>
    public double? AdoptersPerSpend { get; init; }

    /// <summary>How many of the strategy's replicates were still active at <c>max-steps</c> (censored).</summary>
    public int CensoredReplicates { get; init; }

    /// <summary>Adopters per unit of spend of the strategy over that of random seeding; null when either is undefined or random's is 0.</summary>
    public double? CostEffectiveness { get; init; }
}
