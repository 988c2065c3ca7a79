using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// The draws of one reverse-reachable set j: the SplitMix64 stream (Steele, Lea and Flood 2014)
/// started at <c>mix(seed ^ mix(j))</c>, so a set's draws depend only on the seed and j, never on
/// which thread draws it or what it drew before.
/// </summary>
internal struct SetDraws
{
    private const double UnitScale = 1.0 / (1UL << 53);
    private const ulong Golden = 0x9E3779B97F4A7C15;
    private ulong _state;

    public SetDraws(ulong seed, int set)
    {
        _state = Draws.Mix(seed ^ Draws.Mix(unchecked((ulong)set)));
    }

    /// <summary>The next draw in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * UnitScale;

    /// <summary>The next draw in (0, 1], for logarithms.</summary>
    public double PositiveUnit() => ((Next() >> 11) + 1) * UnitScale;

    private ulong Next()
    {
        unchecked
        {
            _state += Golden;
            return Draws.Mix(_state);
        }
    }
}
