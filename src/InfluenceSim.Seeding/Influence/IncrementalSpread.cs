namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// A growing seed set with each simulation's final adopters kept as a bit set, so the marginal
/// gain of a node costs only the cascade it adds. Totals are exact integer sums over the
/// simulations: <c>Gain(v) = Σ_i |A_i(S ∪ {v})| - Σ_i |A_i(S)|</c> (one simulation, counted
/// <see cref="SpreadEstimator.Simulations"/> times, when they are all alike).
/// </summary>
public sealed class IncrementalSpread
{
    private readonly SpreadEstimator _estimator;
    private readonly CascadeRunner _runner;
    private readonly int _words;
    private readonly int _runs;
    private readonly long _weight;
    private readonly ulong[] _adopted;
    private readonly List<int> _seeds = [];

    internal IncrementalSpread(SpreadEstimator estimator, CascadeRunner runner)
    {
        _estimator = estimator;
        _runner = runner;
        _words = AdoptedBits.WordsFor(estimator.Network.NodeCount);
        _runs = estimator.DistinctSimulations;
        _weight = estimator.Simulations / _runs;
        _adopted = new ulong[checked(_words * _runs)];
        for (int simulation = 0; simulation < _runs; simulation++)
        {
            Total += _weight * _runner.Extend(simulation, _runner.Unprompted(simulation), Adopted(simulation), keep: true);
        }
    }

    /// <summary>The seeds added so far, in order.</summary>
    public IReadOnlyList<int> Seeds => _seeds;

    /// <summary>Final adopters of the current seed set, summed over every simulation.</summary>
    public long Total { get; private set; }

    /// <summary>The estimated spread of the current seed set (mean final adopters).</summary>
    public double Mean => (double)Total / _estimator.Simulations;

    /// <summary>How many more adopters, summed over every simulation, adding <paramref name="node"/> would bring.</summary>
    public long Gain(int node) => Grow(node, keep: false);

    /// <summary>Adds <paramref name="node"/> to the seed set; returns its gain.</summary>
    public long Add(int node)
    {
        long gain = Grow(node, keep: true);
        Total += gain;
        _seeds.Add(node);
        return gain;
    }

    private long Grow(int node, bool keep)
    {
        ReadOnlySpan<int> source = [node];
        _estimator.RequireNodes(source);
        long gain = 0;
        for (int simulation = 0; simulation < _runs; simulation++)
        {
            var adopted = Adopted(simulation);
            if (!AdoptedBits.Has(adopted, node))
            {
                gain += _runner.Extend(simulation, source, adopted, keep);
            }
        }

        return _weight * gain;
    }

    private Span<ulong> Adopted(int simulation) => _adopted.AsSpan(simulation * _words, _words);
}
