using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Seeding.Influence;

/// <summary>
/// Independent cascade as a live-edge graph (Kempe, Kleinberg and Tardos 2003): in simulation i the
/// tie u -> v is live when <c>draw(PRESCRIBE, i, 0, u, v) &lt; p</c> on the estimator seed; coins
/// are flipped lazily, only for ties a cascade reaches.
/// </summary>
internal sealed class IndependentCascadeRunner(Network network, double probability, long estimatorSeed) : CascadeRunner(network)
{
    private PrefixedDraws _coins;

    public override bool Deterministic => probability is <= 0 or >= 1;

    public override ReadOnlySpan<int> Unprompted(int simulation) => [];

    protected override void Begin(int simulation, int stamp) => _coins = new PrefixedDraws(estimatorSeed, DrawPurpose.Prescribe, simulation, 0);

    protected override bool Converts(int from, int to, ReadOnlySpan<ulong> adopted, int stamp) => _coins.Draw(from, to) < probability;
}
