using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// Linear threshold as docs/models.md states it: in simulation i node v's threshold is trait 0,
/// <c>draw(TRAIT, i, 0, v, 0)</c> on the estimator seed, and v adopts once the weighted share of
/// its adopted in-ties reaches it (exact integer counts with unit weights, sums in ascending id
/// order otherwise). A node's threshold is drawn when a cascade first reaches it.
/// </summary>
internal sealed class LinearThresholdRunner : CascadeRunner
{
    private readonly Distribution _threshold;
    private readonly Draws _draws;
    private readonly UnpromptedAdopters _unprompted;
    private readonly bool _unweighted;
    private readonly double[] _totalInWeight;
    private readonly int[] _touchedMark;
    private readonly int[] _adoptedInTies;
    private readonly double[] _thresholdOf;
    private int _simulation;

    public LinearThresholdRunner(Network network, Distribution threshold, long estimatorSeed, int simulations)
        : base(network)
    {
        _threshold = threshold;
        _draws = new Draws(estimatorSeed);
        _unprompted = new UnpromptedAdopters(network, threshold, estimatorSeed, simulations);
        _unweighted = network.Unweighted;
        _totalInWeight = _unweighted ? [] : TotalInWeights(network);
        _touchedMark = new int[network.NodeCount];
        _adoptedInTies = new int[network.NodeCount];
        _thresholdOf = new double[network.NodeCount];
    }

    public override bool Deterministic => _threshold.IsConstant;

    public override ReadOnlySpan<int> Unprompted(int simulation) => _unprompted.Of(simulation);

    protected override void Begin(int simulation, int stamp) => _simulation = simulation;

    protected override bool Converts(int from, int to, int tie, ReadOnlySpan<ulong> adopted, int stamp)
    {
        if (_touchedMark[to] != stamp)
        {
            _touchedMark[to] = stamp;
            _thresholdOf[to] = LinearThresholdAgent.ThresholdOf(_threshold, _draws, _simulation, to);
            _adoptedInTies[to] = _unweighted ? AdoptedBefore(to, adopted) : 0;
        }

        if (_unweighted)
        {
            _adoptedInTies[to]++;
            return (double)_adoptedInTies[to] / Network.InDegree(to) >= _thresholdOf[to];
        }

        return AdoptedWeight(to, adopted, stamp) / _totalInWeight[to] >= _thresholdOf[to];
    }

    protected override void ClearStamps()
    {
        base.ClearStamps();
        Array.Clear(_touchedMark);
    }

    private static double[] TotalInWeights(Network network)
    {
        var totals = new double[network.NodeCount];
        for (int node = 0; node < totals.Length; node++)
        {
            double sum = 0;
            foreach (double weight in network.InWeights(node))
            {
                sum += weight;
            }

            totals[node] = sum;
        }

        return totals;
    }

    private int AdoptedBefore(int node, ReadOnlySpan<ulong> adopted)
    {
        int count = 0;
        foreach (int source in Network.InNeighbours(node))
        {
            if (AdoptedBits.Has(adopted, source))
            {
                count++;
            }
        }

        return count;
    }

    private double AdoptedWeight(int node, ReadOnlySpan<ulong> adopted, int stamp)
    {
        var sources = Network.InNeighbours(node);
        var weights = Network.InWeights(node);
        double sum = 0;
        for (int i = 0; i < sources.Length; i++)
        {
            if (IsAdopted(adopted, sources[i], stamp))
            {
                sum += weights[i];
            }
        }

        return sum;
    }
}
