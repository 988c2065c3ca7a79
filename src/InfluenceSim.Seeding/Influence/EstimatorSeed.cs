using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Seeding.Influence;

/// <summary>The seed of the greedy strategy's own draws, derived from the master seed so they never share coins with the run's replicates.</summary>
public static class EstimatorSeed
{
    /// <summary>The salt "greed" in ASCII (0x67 0x72 0x65 0x65 0x64).</summary>
    public const long Salt = 0x6772656564;

    /// <summary>mix(masterSeed ^ <see cref="Salt"/>), with mix the SplitMix64 finaliser of docs/models.md.</summary>
    public static long Derive(long masterSeed) => unchecked((long)Draws.Mix((ulong)(masterSeed ^ Salt)));
}
