namespace InfluenceSim.Engine.Statistics;

/// <summary>
/// One seeding strategy against the random baseline, over common random numbers: its final share,
/// the paired difference to random (same replicate numbers, so the same coins) and the influence
/// multiplier (mean adopters from the strategy's seeds / mean adopters from random seeds; Watts and
/// Dodds 2007), null when random seeds reach nobody.
/// </summary>
public sealed record StrategyComparison(string Strategy, SampleSummary AdoptedFraction, SampleSummary DifferenceToRandom, double? InfluenceMultiplier);
