namespace InfluenceSim.Networks.Generators;

/// <summary>
/// The xoshiro256** generator (Blackman and Vigna, "Scrambled linear pseudorandom number
/// generators", ACM TOMS 2021; reference code at https://prng.di.unimi.it/xoshiro256starstar.c),
/// seeded from the master seed and a per-generator stream number.
/// </summary>
/// <remarks>
/// Seeding: with <c>mix</c> the SplitMix64 finaliser of docs/models.md ("Randomness"),
/// <c>key = mix(mix((ulong)seed) ^ stream)</c> and the four state words are the first four
/// outputs of a SplitMix64 stream started at <c>key</c>: <c>s[i] = mix(key + i * 0x9E3779B97F4A7C15)</c>.
/// </remarks>
internal sealed class Xoshiro256StarStar
{
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    internal Xoshiro256StarStar(ulong s0, ulong s1, ulong s2, ulong s3)
    {
        if ((s0 | s1 | s2 | s3) == 0)
        {
            throw new ArgumentException("the xoshiro256** state must not be all zero");
        }

        (_s0, _s1, _s2, _s3) = (s0, s1, s2, s3);
    }

    /// <summary>A generator for one stream (one generator kind) of a master seed.</summary>
    public static Xoshiro256StarStar Create(long seed, ulong stream)
    {
        ulong key = Mix(Mix((ulong)seed) ^ stream);
        return unchecked(new Xoshiro256StarStar(Mix(key), Mix(key + Golden), Mix(key + (2 * Golden)), Mix(key + (3 * Golden))));
    }

    /// <summary>The SplitMix64 output function (Steele, Lea and Flood, OOPSLA 2014), as in docs/models.md.</summary>
    public static ulong Mix(ulong x)
    {
        x += Golden;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A double in [0, 1): the top 53 bits times 2^-53.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>
    /// An unbiased integer in [0, <paramref name="bound"/>) by Lemire's multiply-and-reject method
    /// ("Fast random integer generation in an interval", ACM TOMACS 2019).
    /// </summary>
    public int NextInt(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        ulong range = (ulong)bound;
        ulong high = Math.BigMul(NextUInt64(), range, out ulong low);
        if (low < range)
        {
            ulong threshold = (0 - range) % range;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), range, out low);
            }
        }

        return (int)high;
    }
}
