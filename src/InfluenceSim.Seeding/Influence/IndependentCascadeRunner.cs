using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// Independent cascade as a live-edge graph (Kempe, Kleinberg and Tardos 2003): in simulation i the
/// tie u -> v is live when one of its L coins <c>draw(PRESCRIBE, i, k, u, v)</c>, k = 0 .. L-1, is
/// below p(u, v) on the estimator seed (<see cref="AttemptCoins"/>); coins are flipped lazily, only
/// for ties a cascade reaches.
/// </summary>
internal sealed class IndependentCascadeRunner(Network network, TieProbabilities probabilities, int prescribingSteps, long estimatorSeed) : CascadeRunner(network)
{
    private AttemptCoins _coins;

    public override bool Deterministic => probabilities.Certain;

    public override ReadOnlySpan<int> Unprompted(int simulation) => [];

    protected override void Begin(int simulation, int stamp) => _coins = new AttemptCoins(estimatorSeed, simulation, prescribingSteps);

    protected override bool Converts(int from, int to, int tie, ReadOnlySpan<ulong> adopted, int stamp) =>
        _coins.Live(from, to, probabilities.Of(from, to, Network.OutWeights(from)[tie], Network.InDegree(to)));
}
