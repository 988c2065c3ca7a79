using InfluenceSim.Models.Agents;
using InfluenceSim.Networks;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// Random reverse-reachable sets (Borgs, Brautbar, Chayes and Lucier 2014; Tang, Xiao and Shi
/// 2014): set j is the nodes that reach a random root in live-edge graph j. A seed set's expected
/// spread is n times the chance that it meets a random such set, estimated by the share of sets it
/// meets. Stored flat: every set's members in one array, set j at offsets j .. j+1. Set j is drawn
/// from its own stream (see <see cref="ReverseReachableSampler"/>), in blocks spread over the cores,
/// so the sets do not depend on how many threads drew them.
/// </summary>
public sealed class ReverseReachableSets
{
    /// <summary>The most node entries all sets together may hold (about 1 GB as 32-bit ids, as much again for the node index).</summary>
    public const long MaxEntries = 250_000_000;

    /// <summary>Sets per block one thread draws at a time (small enough that a subcritical block stays off the large-object heap).</summary>
    private const int BlockSets = 1 << 13;

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

    /// <summary>Where each set starts in <see cref="Members"/> (Count + 1 offsets).</summary>
    internal ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>Every set's nodes, set after set, each root first.</summary>
    internal ReadOnlySpan<int> Members => _members;

    /// <summary>
    /// Samples <paramref name="count"/> sets for <paramref name="model"/>: independent cascade, or
    /// linear threshold with thresholds uniform on [0, 1] (the only case in which linear threshold
    /// is a live-edge model, Kempe, Kleinberg and Tardos 2003), on the estimator seed of <paramref name="masterSeed"/>,
    /// by up to <paramref name="threads"/> threads (0: one per core; the sets are the same for any number).
    /// </summary>
    public static ReverseReachableSets Sample(Network network, ModelSettings model, int count, long masterSeed, int threads = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(threads);
        var sampler = Sampler(network, model, masterSeed, EstimatorSeed.Derive(masterSeed));
        return Empty(sampler).Extended(sampler, count, threads);
    }

    /// <summary>Whether reverse-reachable sets represent the model exactly (see <see cref="Sample"/>).</summary>
    public static bool Supports(ModelSettings model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Definition.Greedy(model)?.ReverseReachable == true;
    }

    /// <summary>The sampler of <paramref name="model"/>'s sets on <paramref name="network"/>, refusing models sets cannot represent.</summary>
    internal static ReverseReachableSampler Sampler(Network network, ModelSettings model, long masterSeed, long setSeed)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(network.NodeCount, 1, nameof(network));
        if (!Supports(model))
        {
            throw new ArgumentException($"reverse-reachable sets need independent cascade, or linear threshold with threshold {{ uniform: [0, 1] }}; found {model.Kind} with {Describe(model)}", nameof(model));
        }

        return new ReverseReachableSampler(network, model, masterSeed, setSeed);
    }

    /// <summary>No sets yet, on <paramref name="sampler"/>'s network.</summary>
    internal static ReverseReachableSets Empty(ReverseReachableSampler sampler) => new(sampler.NodeCount, [0], []);

    /// <summary>
    /// These sets followed by sets Count .. <paramref name="count"/> - 1 of <paramref name="sampler"/>, drawn in
    /// blocks by up to <paramref name="threads"/> threads (0: one per core). Set j is the same whichever
    /// call or thread draws it, so extending a sample equals drawing it whole.
    /// </summary>
    internal ReverseReachableSets Extended(ReverseReachableSampler sampler, int count, int threads = 0)
    {
        int first = Count;
        if (count <= first)
        {
            return this;
        }

        int blocks = (int)(((long)count - first + BlockSets - 1) / BlockSets);
        var parts = new int[blocks][];
        var ends = new int[blocks][];
        long entries = Entries;
        var options = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.For(0, blocks, options, () => (new SamplerScratch(NodeCount), new List<int>()), (block, state, local) =>
        {
            var (scratch, members) = local;
            int start = first + (block * BlockSets);
            int stop = (int)Math.Min(count, (long)start + BlockSets);
            members.Clear();
            var blockEnds = new int[stop - start];
            sampler.AddSets(start, stop, scratch, members, blockEnds);

            parts[block] = [.. members];
            ends[block] = blockEnds;
            if (Interlocked.Add(ref entries, members.Count) > MaxEntries)
            {
                state.Stop();
            }

            return local;
        }, _ => { });

        if (entries > MaxEntries)
        {
            throw new ReverseReachableLimitException($"{count:#,##0} reverse-reachable sets would hold more than {MaxEntries:#,##0} node entries ({entries:#,##0} in those drawn before sampling stopped); ask for fewer rr-sets or use the celf estimator");
        }

        return Joined(first, count, parts, ends, entries);
    }

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

        return SpreadOf(met);
    }

    /// <summary>The estimated spread of a seed set that meets <paramref name="met"/> of the sets: n x met / (sets).</summary>
    internal double SpreadOf(long met) => (double)NodeCount * met / Count;

    /// <summary>The nodes of set <paramref name="index"/>, its root first.</summary>
    public ReadOnlySpan<int> Set(int index) => _members.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    private static string Describe(ModelSettings model) =>
        model.Parameters.TryGetValue("threshold", out var threshold) ? $"threshold {threshold}" : "its parameters";

    private ReverseReachableSets Joined(int first, int count, int[][] parts, int[][] ends, long entries)
    {
        var offsets = new int[count + 1];
        var members = new int[entries];
        _offsets.AsSpan().CopyTo(offsets);
        _members.AsSpan().CopyTo(members);
        int at = _members.Length;
        for (int block = 0; block < parts.Length; block++)
        {
            int start = first + (block * BlockSets);
            for (int i = 0; i < ends[block].Length; i++)
            {
                offsets[start + i + 1] = at + ends[block][i];
            }

            parts[block].CopyTo(members, at);
            at += parts[block].Length;
            parts[block] = [];
        }

        return new ReverseReachableSets(NodeCount, offsets, members);
    }
}
