using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;
using NormalDistribution = MathNet.Numerics.Distributions.Normal;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// The linear-threshold nodes that adopt at step 1 whatever the seeds (threshold 0 and at least one
/// in-tie), per simulation, found on first use. Only thresholds that can be 0 need a scan; a normal
/// threshold is checked exactly only where its uniform draw is near or below the normal's
/// probability of a value at most 0.
/// </summary>
internal sealed class UnpromptedAdopters
{
    private const double CutoffMargin = 1e-6;
    private readonly Network _network;
    private readonly Distribution _threshold;
    private readonly long _estimatorSeed;
    private readonly int[]?[] _bySimulation;
    private readonly int[]? _always;
    private readonly double _cutoff;

    public UnpromptedAdopters(Network network, Distribution threshold, long estimatorSeed, int simulations)
    {
        _network = network;
        _threshold = threshold;
        _estimatorSeed = estimatorSeed;
        _bySimulation = new int[]?[simulations];
        if (!threshold.CanYield(0, 0, 1))
        {
            _always = [];
        }
        else if (threshold.IsConstant)
        {
            _always = [.. Enumerable.Range(0, network.NodeCount).Where(node => network.InDegree(node) > 0)];
        }

        _cutoff = threshold.Shape == DistributionShape.Normal && !threshold.IsConstant
            ? NormalDistribution.CDF(threshold.First, threshold.Second, 0) + CutoffMargin
            : double.PositiveInfinity;
    }

    public ReadOnlySpan<int> Of(int simulation) => _always ?? (_bySimulation[simulation] ??= Scan(simulation));

    private int[] Scan(int simulation)
    {
        var draws = new Draws(_estimatorSeed);
        var traits = new PrefixedDraws(_estimatorSeed, DrawPurpose.Trait, simulation, 0);
        var found = new List<int>();
        for (int node = 0; node < _network.NodeCount; node++)
        {
            if (_network.InDegree(node) > 0
                && traits.Draw(node, 0) <= _cutoff
                && LinearThresholdAgent.ThresholdOf(_threshold, draws, simulation, node) == 0)
            {
                found.Add(node);
            }
        }

        return [.. found];
    }
}
