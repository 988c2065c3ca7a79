using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace InfluenceSim.Models.Randomness;

/// <summary>
/// The counter-based random numbers of docs/models.md ("Randomness"): <c>draw(purpose, replicate, step, a, b)</c> is a pure
/// function of the master seed and five integers, so any host, thread or silo gets the same value.
/// </summary>
/// <remarks>The mixer is the SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014).</remarks>
public readonly struct Draws
{
    private const double UnitScale = 1.0 / (1UL << 53);
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong Multiplier1 = 0xBF58476D1CE4E5B9UL;
    private const ulong Multiplier2 = 0x94D049BB133111EBUL;
    private readonly ulong _seedHash;
    private readonly int _firstReplicate;

    /// <summary>Creates the draws of one master seed.</summary>
    public Draws(long seed)
        : this(seed, 0)
    {
    }

    /// <summary>
    /// Creates the draws of one master seed for a replicate batch whose replicate 0 is the run's replicate
    /// <paramref name="firstReplicate"/>: replicate r draws as the run's replicate <paramref name="firstReplicate"/> + r.
    /// </summary>
    public Draws(long seed, int firstReplicate)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstReplicate);
        Seed = seed;
        _seedHash = Mix(unchecked((ulong)seed));
        _firstReplicate = firstReplicate;
    }

    /// <summary>The master seed these draws derive from.</summary>
    public long Seed { get; }

    /// <summary>A double in [0, 1), a pure function of the seed and the five keys.</summary>
    public double Draw(DrawPurpose purpose, int replicate, int step, long a, long b) => DrawAfter(Prefix(purpose, replicate, step, a), b);

    /// <summary>
    /// The mixed state of the first four keys, so a loop over many <c>b</c> with the same four mixes
    /// only the last: <c>DrawAfter(Prefix(purpose, replicate, step, a), b)</c> is <c>Draw(purpose, replicate, step, a, b)</c>.
    /// </summary>
    public ulong Prefix(DrawPurpose purpose, int replicate, int step, long a) => Mix(Prefix(purpose, replicate, step) ^ unchecked((ulong)a));

    /// <summary>
    /// The mixed state of the first three keys, for a loop over many <c>(a, b)</c> with the same three:
    /// <c>DrawAfter(Mix(Prefix(purpose, replicate, step) ^ a), b)</c> is <c>Draw(purpose, replicate, step, a, b)</c>.
    /// </summary>
    public ulong Prefix(DrawPurpose purpose, int replicate, int step)
    {
        ulong h = _seedHash;
        h = Mix(h ^ unchecked((ulong)(long)purpose));
        h = Mix(h ^ unchecked((ulong)(long)(replicate + _firstReplicate)));
        return Mix(h ^ unchecked((ulong)(long)step));
    }

    /// <summary>The draw of key <paramref name="b"/> after a <see cref="Prefix(DrawPurpose, int, int, long)"/> of the first four keys.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double DrawAfter(ulong prefix, long b) => (Mix(prefix ^ unchecked((ulong)b)) >> 11) * UnitScale;

    /// <summary>Whether this processor has 512-bit vectors with 64-bit multiplies (AVX-512 DQ), where <see cref="DrawsAfter"/> and <see cref="DrawsOfKeys"/> are faster than eight draws one at a time.</summary>
    public static bool EightAtOnce => Vector512.IsHardwareAccelerated && Avx512DQ.IsSupported;

    /// <summary>
    /// <see cref="DrawAfter"/> of eight keys at once, lane by lane the same integer mix, conversion and
    /// scaling (so the same doubles); fast where <see cref="EightAtOnce"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> DrawsAfter(ulong prefix, Vector512<ulong> keys) =>
        Vector512.ConvertToDouble(Vector512.ShiftRightLogical(Mix(Vector512.Create(prefix) ^ keys), 11)) * UnitScale;

    /// <summary>
    /// <c>DrawAfter(Mix(prefix ^ a), 0)</c> of eight keys <c>a</c> at once: after a
    /// <see cref="Prefix(DrawPurpose, int, int)"/> of three keys, <c>Draw(purpose, replicate, step, a, 0)</c>
    /// lane by lane, the same doubles as one key at a time (see <see cref="DrawsAfter"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> DrawsOfKeys(ulong prefix, Vector512<ulong> keys) => DrawsAfter(0, Mix(Vector512.Create(prefix) ^ keys));

    /// <summary>The SplitMix64 finaliser.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong x)
    {
        unchecked
        {
            x += Golden;
            x = (x ^ (x >> 30)) * Multiplier1;
            x = (x ^ (x >> 27)) * Multiplier2;
            return x ^ (x >> 31);
        }
    }

    /// <summary><see cref="Mix(ulong)"/> in every lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Mix(Vector512<ulong> x)
    {
        x += Vector512.Create(Golden);
        x = (x ^ Vector512.ShiftRightLogical(x, 30)) * Vector512.Create(Multiplier1);
        x = (x ^ Vector512.ShiftRightLogical(x, 27)) * Vector512.Create(Multiplier2);
        return x ^ Vector512.ShiftRightLogical(x, 31);
    }
}
