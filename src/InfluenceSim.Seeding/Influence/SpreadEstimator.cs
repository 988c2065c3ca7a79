using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// Monte Carlo estimate of a seed set's expected final adopters under a model's rules, run in
/// process on the network's arrays. Simulation i draws with replicate index i on the seed
/// <see cref="EstimatorSeed.Derive"/> of the master seed, so every seed set is scored on the same
/// simulations (common random numbers). Not thread-safe: it reuses its scratch arrays.
/// </summary>
public sealed class SpreadEstimator
{
    private readonly CascadeRunner _runner;
    private readonly ulong[] _scratch;

    /// <summary>An estimator over <paramref name="simulations"/> simulations of <paramref name="model"/> on <paramref name="network"/>.</summary>
    public SpreadEstimator(Network network, ModelSettings model, int simulations, long masterSeed)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(simulations, 1);
        Network = network;
        Simulations = simulations;
        Seed = EstimatorSeed.Derive(masterSeed);
        _runner = CascadeRunner.For(network, model, masterSeed, Seed, simulations);
        _scratch = new ulong[AdoptedBits.WordsFor(network.NodeCount)];
    }

    public Network Network { get; }

    /// <summary>How many simulations every estimate averages.</summary>
    public int Simulations { get; }

    /// <summary>The seed the simulations draw from (derived from the master seed).</summary>
    public long Seed { get; }

    /// <summary>
    /// How many simulations must actually run: 1 when no draw can change the outcome (independent
    /// cascade with p = 0 or 1, linear threshold with a constant threshold), else every one.
    /// </summary>
    public int DistinctSimulations => _runner.Deterministic ? 1 : Simulations;

    /// <summary>The mean number of final adopters (seeds included) over every simulation.</summary>
    public double Estimate(ReadOnlySpan<int> seeds)
    {
        long total = 0;
        for (int simulation = 0; simulation < DistinctSimulations; simulation++)
        {
            total += Simulate(seeds, simulation);
        }

        return (double)total / DistinctSimulations;
    }

    /// <summary>The final adopters (seeds included) of one simulation.</summary>
    public int Simulate(ReadOnlySpan<int> seeds, int simulation)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(simulation);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(simulation, Simulations);
        RequireNodes(seeds);
        Array.Clear(_scratch);
        int unprompted = _runner.Extend(simulation, _runner.Unprompted(simulation), _scratch, keep: true);
        return unprompted + _runner.Extend(simulation, seeds, _scratch, keep: false);
    }

    /// <summary>Starts an empty seed set that grows one seed at a time, scored on these simulations.</summary>
    public IncrementalSpread StartSeedSet() => new(this, _runner);

    internal void RequireNodes(ReadOnlySpan<int> nodes)
    {
        foreach (int node in nodes)
        {
            if ((uint)node >= (uint)Network.NodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(nodes), $"node {node} is outside 0..{Network.NodeCount - 1}");
            }
        }
    }
}
