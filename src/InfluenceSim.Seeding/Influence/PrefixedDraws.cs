using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// The <c>draw(purpose, replicate, step, a, b)</c> with the first three keys hashed once, so a
/// cascade that flips many coins of one simulation pays two mixes per coin instead of five.
/// </summary>
internal readonly struct PrefixedDraws
{
    private const double UnitScale = 1.0 / (1UL << 53);
    private readonly ulong _prefix;

    public PrefixedDraws(long seed, DrawPurpose purpose, int replicate, int step)
    {
        unchecked
        {
            ulong h = Draws.Mix((ulong)seed);
            h = Draws.Mix(h ^ (ulong)(long)purpose);
            h = Draws.Mix(h ^ (ulong)(long)replicate);
            _prefix = Draws.Mix(h ^ (ulong)(long)step);
        }
    }

    /// <summary>Equal to <see cref="Draws.Draw"/> with the same seed, purpose, replicate and step.</summary>
    public double Draw(long a, long b)
    {
        unchecked
        {
            ulong h = Draws.Mix(_prefix ^ (ulong)a);
            h = Draws.Mix(h ^ (ulong)b);
            return (h >> 11) * UnitScale;
        }
    }
}
