using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Seeding.Influence;

/// <summary>
/// The <c>greedy</c> seeding strategy: k seeds maximising the model's estimated spread (Kempe,
/// Kleinberg and Tardos 2003), by CELF over Monte Carlo simulations or by reverse-reachable sets,
/// a pure function of the network, the model, k, the options and the master seed.
/// </summary>
public static class GreedySeeding
{
    /// <summary>The k seeds, in ascending id order.</summary>
    public static int[] Select(Network network, ModelSettings model, int k, GreedyOptions options, long masterSeed)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, network.NodeCount);
        if (options.Estimator == InfluenceEstimator.Ris && !SupportsRis(model))
        {
            throw new ArgumentException($"the ris estimator needs independent cascade, or linear threshold with threshold {{ uniform: [0, 1] }}; use celf for {model.Kind} with these parameters", nameof(options));
        }

        if (k == 0)
        {
            return [];
        }

        var pool = CandidatePool.For(network, k, options.Candidates);
        int[] seeds = options.Estimator switch
        {
            InfluenceEstimator.Celf => Celf.Select(new SpreadEstimator(network, model, options.Simulations, masterSeed), k, pool),
            InfluenceEstimator.Ris => ReverseReachable.Select(ReverseReachableSets.Sample(network, model, options.RrSetsFor(k), masterSeed), k, pool),
            _ => throw new ArgumentException($"unknown estimator {options.Estimator}", nameof(options)),
        };
        Array.Sort(seeds);
        return seeds;
    }

    /// <summary>Whether the <c>ris</c> estimator can serve the model (validators refuse it otherwise).</summary>
    public static bool SupportsRis(ModelSettings model) => ReverseReachableSets.Supports(model);

    /// <summary>Whether greedy can estimate spread under <paramref name="model"/>: CELF has runners for independent cascade, and for linear threshold with the model's own threshold.</summary>
    public static bool Supports(ModelSettings model) =>
        model.Kind == ModelCatalogue.IndependentCascade || (model.Kind == ModelCatalogue.LinearThreshold && model.Parameters.ContainsKey("threshold"));
}
