using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Engine.Seeding.Influence;

/// <summary>
/// Random reverse-reachable sets (Borgs, Brautbar, Chayes and Lucier 2014; Tang, Xiao and Shi
/// 2014): set j is the nodes that reach a random root in live-edge graph j. A seed set's expected
/// spread is n times the chance that it meets a random such set, estimated by the share of sets it
/// meets. Draws use index j on the estimator seed (see <see cref="ReverseReachableSampler"/>).
/// </summary>
public sealed class ReverseReachableSets
{
    /// <summary>The most node entries all sets together may hold (about 1 GB as 32-bit ids, as much again for the node index).</summary>
    public const long MaxEntries = 250_000_000;

    private readonly int[] _offsets;
    private readonly int[] _members;

    private ReverseReachableSets(int nodeCount, int[] offsets, int[] members)
    {
        NodeCount = nodeCount;
        _offsets = offsets;
        _members = members;
    }

    public int NodeCount { get; }

    /// <summary>How many sets were sampled.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>Node entries over every set.</summary>
    public long Entries => _members.Length;

    /// <summary>
    /// Samples <paramref name="count"/> sets for <paramref name="model"/>: independent cascade, or
    /// linear threshold with thresholds uniform on [0, 1] (the only case in which linear threshold
    /// is a live-edge model, Kempe, Kleinberg and Tardos 2003).
    /// </summary>
    public static ReverseReachableSets Sample(Network network, ModelSettings model, int count, long masterSeed)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(network.NodeCount, 1, nameof(network));
        if (!Supports(model))
        {
            throw new ArgumentException($"reverse-reachable sets need independent cascade, or linear threshold with threshold {{ uniform: [0, 1] }}; found {model.Kind} with {Describe(model)}", nameof(model));
        }

        var sampler = new ReverseReachableSampler(network, model, masterSeed, EstimatorSeed.Derive(masterSeed));
        var offsets = new int[count + 1];
        var members = new List<int>();
        for (int set = 0; set < count; set++)
        {
            sampler.AddSet(set, members);
            if (members.Count > MaxEntries)
            {
                throw new ReverseReachableLimitException($"{set + 1} reverse-reachable sets already hold {members.Count} node entries (limit {MaxEntries}); ask for fewer rr-sets or use the celf estimator");
            }

            offsets[set + 1] = members.Count;
        }

        return new ReverseReachableSets(network.NodeCount, offsets, [.. members]);
    }

    /// <summary>Whether reverse-reachable sets represent the model exactly (see <see cref="Sample"/>).</summary>
    public static bool Supports(ModelSettings model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Definition.Greedy(model)?.ReverseReachable == true;
    }

    /// <summary>The nodes of set <paramref name="index"/>, its root first.</summary>
    public ReadOnlySpan<int> Set(int index) => _members.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>The estimated spread of a seed set: n x (sets it meets) / (sets).</summary>
    public double EstimateSpread(ReadOnlySpan<int> seeds)
    {
        var isSeed = new bool[NodeCount];
        foreach (int seed in seeds)
        {
            if ((uint)seed >= (uint)NodeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(seeds), $"node {seed} is outside 0..{NodeCount - 1}");
            }

            isSeed[seed] = true;
        }

        int met = 0;
        for (int set = 0; set < Count; set++)
        {
            foreach (int node in Set(set))
            {
                if (isSeed[node])
                {
                    met++;
                    break;
                }
            }
        }

        return (double)NodeCount * met / Count;
    }

    private static string Describe(ModelSettings model) =>
        model.Parameters.TryGetValue("threshold", out var threshold) ? $"threshold {threshold}" : "its parameters";
}
