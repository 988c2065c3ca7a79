namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>The <c>draw(purpose, replicate, step, a, b)</c>, written from docs/models.md alone: SplitMix64's finaliser over the master seed and five integers.</summary>
public readonly record struct OracleDraws(long Seed)
{
    public const long Seeding = 1;
    public const long Trait = 2;
    public const long Prescribe = 3;
    public const long Adopt = 4;
    public const long Reach = 5;
    public const long Suppress = 7;
    public const long Relay = 8;
    public const long Tie = 9;

    /// <summary>The b key of <see cref="Trait"/> for the satisfaction coin.</summary>
    public const long SatisfactionCoin = 5;

    /// <summary>The b key of <see cref="Trait"/> for the segment draw.</summary>
    public const long SegmentDraw = 6;

    public double Draw(long purpose, long replicate, long step, long a, long b)
    {
        ulong h = Mix(unchecked((ulong)Seed));
        foreach (long v in (ReadOnlySpan<long>)[purpose, replicate, step, a, b])
        {
            h = Mix(h ^ unchecked((ulong)v));
        }

        return (h >> 11) * Math.ScaleB(1.0, -53);
    }

    public static ulong Mix(ulong x)
    {
        unchecked
        {
            x += 0x9E3779B97F4A7C15;
            x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
            x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
            return x ^ (x >> 31);
        }
    }
}
