using InfluenceSim.Models.Randomness;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// The <c>draw(purpose, replicate, step, a, b)</c> with the first three keys hashed once (<see cref="Draws.Prefix(DrawPurpose, int, int)"/>),
/// so a cascade that flips many coins of one simulation pays two mixes per coin instead of five.
/// </summary>
internal readonly struct PrefixedDraws(long seed, DrawPurpose purpose, int replicate, int step)
{
    private readonly ulong _prefix = new Draws(seed).Prefix(purpose, replicate, step);

    /// <summary>Equal to <see cref="Draws.Draw"/> with the same seed, purpose, replicate and step.</summary>
    public double Draw(long a, long b) => Draws.DrawAfter(Draws.Mix(_prefix ^ unchecked((ulong)a)), b);
}
