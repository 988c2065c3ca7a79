using InfluenceSim.EndToEnd.Tests.Oracle;

namespace InfluenceSim.EndToEnd.Tests.Exact;

/// <summary>What a hand-worked case takes for granted of one draw of replicate 0: <c>draw(purpose, 0, step, a, b)</c> is below <paramref name="Bound"/> (or not).</summary>
public sealed record DrawPremise(long Purpose, int Step, long A, long B, double Bound, bool Below)
{
    public static DrawPremise Under(long purpose, int step, long a, long b, double bound) => new(purpose, step, a, b, bound, Below: true);

    public static DrawPremise AtLeast(long purpose, int step, long a, long b, double bound) => new(purpose, step, a, b, bound, Below: false);

    public bool HoldsFor(long seed) => (new OracleDraws(seed).Draw(Purpose, 0, Step, A, B) < Bound) == Below;
}
