using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Seeding.Influence;

/// <summary>
/// Draws one reverse-reachable set j on the estimator seed. Root: <c>floor(n draw(SEEDING, j, 0, 0, 0))</c>.
/// Independent cascade: a breadth-first search over in-ties, the tie u -> v live when one of its L
/// coins <c>draw(PRESCRIBE, j, k, u, v)</c> is below p(u, v) (<see cref="AttemptCoins"/>, the coins of
/// the estimator's simulation j). Linear
/// threshold with uniform thresholds: a walk back along in-ties, each node v picking one in-tie with
/// probability weight / (v's in-weight) by <c>draw(ADOPT, j, 0, v, 0)</c>, until it reaches a node
/// with no in-ties or one already in the set (Tang, Xiao and Shi 2014).
/// </summary>
internal sealed class ReverseReachableSampler
{
    private readonly Network _network;
    private readonly bool _cascade;
    private readonly TieProbabilities? _probabilities;
    private readonly int _prescribingSteps;
    private readonly long _seed;
    private readonly bool _unweighted;
    private readonly int[] _mark;

    public ReverseReachableSampler(Network network, ModelSettings model, long masterSeed, long estimatorSeed)
    {
        _network = network;
        _cascade = model.Definition.Greedy(model)?.Process == SpreadProcess.IndependentCascade;
        _probabilities = _cascade ? TieProbabilities.For(model, new Draws(masterSeed)) : null;
        _prescribingSteps = model.PrescribingSteps;
        _seed = estimatorSeed;
        _unweighted = network.Unweighted;
        _mark = new int[network.NodeCount];
    }

    /// <summary>Appends set <paramref name="set"/> (root first) to <paramref name="members"/>.</summary>
    public void AddSet(int set, List<int> members)
    {
        int stamp = set + 1;
        int root = Scaled(new PrefixedDraws(_seed, DrawPurpose.Seeding, set, 0).Draw(0, 0), _network.NodeCount);
        _mark[root] = stamp;
        members.Add(root);
        if (_cascade)
        {
            SearchBack(set, stamp, members);
        }
        else
        {
            WalkBack(set, stamp, root, members);
        }
    }

    private static int Scaled(double draw, int count) => Math.Min(count - 1, (int)(draw * count));

    private void SearchBack(int set, int stamp, List<int> members)
    {
        var coins = new AttemptCoins(_seed, set, _prescribingSteps);
        var probabilities = _probabilities!;
        for (int head = members.Count - 1; head < members.Count; head++)
        {
            int target = members[head];
            var sources = _network.InNeighbours(target);
            var weights = _network.InWeights(target);
            for (int tie = 0; tie < sources.Length; tie++)
            {
                int source = sources[tie];
                if (_mark[source] != stamp && coins.Live(source, target, probabilities.Of(source, target, weights[tie], sources.Length)))
                {
                    _mark[source] = stamp;
                    members.Add(source);
                }
            }
        }
    }

    private void WalkBack(int set, int stamp, int root, List<int> members)
    {
        var picks = new PrefixedDraws(_seed, DrawPurpose.Adopt, set, 0);
        for (int node = root; _network.InDegree(node) > 0;)
        {
            int source = _network.InNeighbours(node)[PickInTie(node, picks.Draw(node, 0))];
            if (_mark[source] == stamp)
            {
                return;
            }

            _mark[source] = stamp;
            members.Add(source);
            node = source;
        }
    }

    private int PickInTie(int node, double draw)
    {
        if (_unweighted)
        {
            return Scaled(draw, _network.InDegree(node));
        }

        var weights = _network.InWeights(node);
        double total = 0;
        foreach (double weight in weights)
        {
            total += weight;
        }

        double target = draw * total;
        double cumulative = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            if (target < cumulative)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }
}
