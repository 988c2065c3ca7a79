using System.Globalization;
using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;
using InfluenceSim.Scenarios;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// IMM (Tang, Shi and Xiao 2015): reverse influence sampling with the number of sets chosen by the
/// algorithm. A first phase finds a lower bound LB of the optimal spread from rounds of
/// ceil(lambda' 2^i / n) sets (drawn on the master seed XOR <see cref="BoundSalt"/>, each round
/// extending the last round's sets, as the paper's Algorithm 2 does); the final phase samples
/// ceil(lambda* / LB) fresh sets on the master seed (Chen 2018: the final sets must not be those the
/// bound was found on) and covers them greedily. Before each sample its memory is estimated
/// from the mean set size seen so far (first from <see cref="PilotSets"/> sets) and refused when it would not fit.
/// </summary>
public static class Imm
{
    /// <summary>Mixed into the master seed for the lower-bound phase's sets ("bound" in ASCII).</summary>
    public const long BoundSalt = 0x626F756E64;

    /// <summary>The first sets of the first round, drawn to measure the mean set size before any round is admitted.</summary>
    public const int PilotSets = 100;

    /// <summary>
    /// The seeds for <paramref name="k"/> seeds, or, when <paramref name="costs"/> is given, those
    /// <paramref name="budget"/> buys by cost-effective coverage (k is then the most seeds the budget buys).
    /// </summary>
    /// <exception cref="ReverseReachableLimitException">The final phase's sets would not fit in memory.</exception>
    public static ImmSelection Select(Network network, ModelSettings model, int k, GreedyOptions options, long masterSeed, IReadOnlyList<int>? candidates = null, IReadOnlyList<double>? costs = null, double budget = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        var bound = new ImmBound(network.NodeCount, k, options.Epsilon, options.L);
        (int[] Picks, long Met) Choose(ReverseReachableSets sets) => costs is null
            ? ReverseReachable.Covering(sets, k, candidates)
            : ReverseReachable.CoveringWithin(sets, costs, budget, candidates);

        var (lowerBound, meanSize) = LowerBound(network, model, bound, masterSeed, Choose);
        int count = Admissible(bound.SetsFor(lowerBound), meanSize, network.NodeCount, bound);
        var final = ReverseReachableSets.Sample(network, model, count, masterSeed);
        return new ImmSelection(Choose(final).Picks, bound, lowerBound, count, final.Entries, costs is not null);
    }

    /// <summary>
    /// The first phase: LB from the first round i whose greedy estimate n F(S) reaches (1 + epsilon') n / 2^i
    /// (1 when none does), with the mean set size of its sets. Each round extends the last round's sets
    /// (set j is the same whichever round draws it); they are dropped on return.
    /// </summary>
    private static (double LowerBound, double MeanSize) LowerBound(Network network, ModelSettings model, ImmBound bound, long masterSeed, Func<ReverseReachableSets, (int[] Picks, long Met)> choose)
    {
        var sampler = ReverseReachableSets.Sampler(network, model, masterSeed, EstimatorSeed.Derive(masterSeed ^ BoundSalt));
        var sets = ReverseReachableSets.Empty(sampler).Extended(sampler, (int)Math.Min(PilotSets, bound.SetsForRound(1)));
        for (int round = 1; round <= bound.Rounds; round++)
        {
            double x = network.NodeCount / Math.Pow(2, round);
            sets = sets.Extended(sampler, Admissible(bound.SetsForRound(round), MeanSize(sets), network.NodeCount, bound));
            double spread = sets.SpreadOf(choose(sets).Met);
            if (spread >= (1 + bound.EpsilonPrime) * x)
            {
                return (spread / (1 + bound.EpsilonPrime), MeanSize(sets));
            }
        }

        return (1, MeanSize(sets));
    }

    private static double MeanSize(ReverseReachableSets sets) => (double)sets.Entries / sets.Count;

    /// <summary>
    /// <paramref name="sets"/> as a count, once its estimated memory (sets x <paramref name="meanSize"/> entries,
    /// costed as the resource estimate costs reverse-reachable sets) fits under the entry limit and the memory available.
    /// </summary>
    private static int Admissible(double sets, double meanSize, int nodes, ImmBound bound)
    {
        double entries = sets * meanSize;
        double bytes = ReverseReachableMemory.Bytes(entries);
        long available = AvailableMemory.Bytes();
        if (sets < int.MaxValue && entries <= ReverseReachableSets.MaxEntries && bytes <= available)
        {
            return (int)sets;
        }

        throw new ReverseReachableLimitException(string.Create(
            CultureInfo.InvariantCulture,
            $"imm needs {sets:#,##0} reverse-reachable sets for {bound.Seeds} seeds on {nodes:#,##0} nodes (epsilon {bound.Epsilon}, l {bound.L}) with about {meanSize:0.#} nodes each: {ReverseReachableMemory.Count(entries)}, about {AvailableMemory.Size(bytes)}, more than the limit of {ReverseReachableSets.MaxEntries:#,##0} entries or the {AvailableMemory.Size(available)} available; raise epsilon, lower l or the seeds, or use celf with candidates"));
    }
}
