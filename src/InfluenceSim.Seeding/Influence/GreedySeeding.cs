using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// The <c>greedy</c> seeding strategy: k seeds maximising the model's estimated spread (Kempe,
/// Kleinberg and Tardos 2003), by CELF over Monte Carlo simulations or by reverse-reachable sets,
/// a pure function of the network, the model, k, the options and the master seed.
/// </summary>
public static class GreedySeeding
{
    /// <summary>The k seeds, in ascending id order; <paramref name="note"/> receives IMM's sample size and guarantee.</summary>
    public static int[] Select(Network network, ModelSettings model, int k, GreedyOptions options, long masterSeed, Action<string>? note = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, network.NodeCount);
        RequireEstimator(model, options);

        if (k == 0)
        {
            return [];
        }

        var pool = CandidatePool.For(network, k, options.Candidates);
        int[] seeds = options.Estimator switch
        {
            InfluenceEstimator.Celf => Celf.Select(new SpreadEstimator(network, model, options.Simulations, masterSeed), k, pool),
            InfluenceEstimator.Ris => ReverseReachable.Select(ReverseReachableSets.Sample(network, model, options.RrSetsFor(k), masterSeed), k, pool),
            InfluenceEstimator.Imm => Noted(Imm.Select(network, model, k, options, masterSeed, pool), note),
            _ => throw new ArgumentException($"unknown estimator {options.Estimator}", nameof(options)),
        };
        Array.Sort(seeds);
        return seeds;
    }

    /// <summary>
    /// The seeds <paramref name="budget"/> buys at <paramref name="costs"/> (index = node id), in ascending
    /// id order: cost-effective lazy forward selection over Monte Carlo simulations, or cost-effective
    /// coverage of reverse-reachable sets (docs/influence-maximisation.md, "Budgets"). Estimator sample
    /// sizes that depend on k use the most seeds the budget can buy.
    /// </summary>
    public static int[] SelectWithin(Network network, ModelSettings model, IReadOnlyList<double> costs, double budget, GreedyOptions options, long masterSeed, Action<string>? note = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(options);
        RequireEstimator(model, options);
        int k = BudgetSpending.MostSeeds(costs, budget);
        if (k == 0)
        {
            return [];
        }

        var pool = CandidatePool.For(network, k, options.Candidates);
        int[] seeds = options.Estimator switch
        {
            InfluenceEstimator.Celf => CostEffectiveCelf.Select(new SpreadEstimator(network, model, options.Simulations, masterSeed), costs, budget, pool),
            InfluenceEstimator.Ris => ReverseReachable.SelectWithin(ReverseReachableSets.Sample(network, model, options.RrSetsFor(k), masterSeed), costs, budget, pool),
            InfluenceEstimator.Imm => Noted(Imm.Select(network, model, k, options, masterSeed, pool, costs, budget), note),
            _ => throw new ArgumentException($"unknown estimator {options.Estimator}", nameof(options)),
        };
        Array.Sort(seeds);
        return seeds;
    }

    /// <summary>Whether the <c>ris</c> and <c>imm</c> estimators can serve the model (validators refuse it otherwise).</summary>
    public static bool SupportsRis(ModelSettings model) => ReverseReachableSets.Supports(model);

    /// <summary>Whether greedy can estimate spread under <paramref name="model"/>: CELF has runners for independent cascade, and for linear threshold with the model's own threshold.</summary>
    public static bool Supports(ModelSettings model) => model.Definition.Greedy(model) is not null;

    private static int[] Noted(ImmSelection selection, Action<string>? note)
    {
        note?.Invoke(selection.Describe());
        return selection.Seeds;
    }

    private static void RequireEstimator(ModelSettings model, GreedyOptions options)
    {
        if (options.Estimator is InfluenceEstimator.Ris or InfluenceEstimator.Imm && !SupportsRis(model))
        {
            throw new ArgumentException($"the {options.Estimator.ToString().ToLowerInvariant()} estimator needs independent cascade, or linear threshold with threshold {{ uniform: [0, 1] }}; use celf for {model.Kind} with these parameters", nameof(options));
        }
    }
}
