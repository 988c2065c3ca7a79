using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Randomness;
using InfluenceSim.Networks;

namespace InfluenceSim.Seeding.Influence;

/// <summary>
/// Draws reverse-reachable set j from its own stream <see cref="SetDraws"/>; shared by the threads
/// that sample (each brings its own <see cref="SamplerScratch"/>). The root is <c>floor(n u)</c> of
/// the first draw. Independent cascade: a breadth-first search over in-ties, the tie u -> v live with
/// probability 1 - (1 - p(u, v))^L, the chance that one of its L prescriptions lands. With one
/// probability for every tie the search skips to the next live in-tie by a geometric draw,
/// floor(ln u / ln(1 - q)) ties (one draw per node held and one per live tie, not one per in-tie;
/// a logarithm only for a live tie);
/// otherwise each in-tie gets one draw against its own q. Linear threshold with uniform thresholds:
/// a walk back along in-ties, each node v picking one in-tie with probability weight / (v's
/// in-weight), until it reaches a node with no in-ties or one already in the set (Tang, Xiao and
/// Shi 2014).
/// </summary>
internal sealed class ReverseReachableSampler
{
    /// <summary>Sets begun together by <see cref="AddSets"/>.</summary>
    private const int Lanes = 8;

    private readonly int _nodes;
    private readonly int[] _inOffsets;
    private readonly int[] _inSources;
    private readonly byte[] _smallInDegrees;
    private readonly double[] _inWeights;
    private readonly bool _cascade;
    private readonly bool _unweighted;
    private readonly double _uniformLive;
    private readonly double _inverseLogMiss;
    private readonly double[] _missAll = [];
    private readonly double[]? _liveByTie;
    private readonly ulong _seed;

    /// <param name="network">The network.</param>
    /// <param name="model">Independent cascade, or linear threshold with uniform thresholds.</param>
    /// <param name="masterSeed">The run's master seed: p(u, v) are the run's (trivalency classes come from it).</param>
    /// <param name="setSeed">The seed of the sets' own draws.</param>
    public ReverseReachableSampler(Network network, ModelSettings model, long masterSeed, long setSeed)
    {
        _nodes = network.NodeCount;
        var rows = network.InRows;
        _inOffsets = rows.Offsets.ToArray();
        _inSources = rows.Sources.ToArray();
        _inWeights = rows.Weights.ToArray();
        _smallInDegrees = SmallInDegrees();
        _cascade = model.Definition.Greedy(model)?.Process == SpreadProcess.IndependentCascade;
        _unweighted = network.Unweighted;
        _seed = unchecked((ulong)setSeed);
        _uniformLive = double.NaN;
        if (!_cascade)
        {
            return;
        }

        var probabilities = TieProbabilities.For(model, new Draws(masterSeed));
        if (probabilities.Rule == TieRule.Number)
        {
            _uniformLive = Live(model.Number("probability"), model.PrescribingSteps);
            _inverseLogMiss = 1 / Math.Log(1 - _uniformLive);
            _missAll = MissAll(1 - _uniformLive, MaxInDegree());
        }
        else
        {
            _liveByTie = LiveByTie(probabilities, model.PrescribingSteps);
        }
    }

    /// <summary>How many nodes the network has.</summary>
    public int NodeCount => _nodes;

    /// <summary>The chance that a tie of probability <paramref name="p"/> is live when it gets <paramref name="attempts"/> coins: 1 - (1 - p)^L.</summary>
    public static double Live(double p, int attempts) => p <= 0 ? 0 : p >= 1 ? 1 : 1 - Math.Pow(1 - p, attempts);

    /// <summary>Appends set <paramref name="set"/> (root first) to <paramref name="members"/>.</summary>
    public void AddSet(int set, SamplerScratch scratch, List<int> members)
    {
        var draws = new SetDraws(_seed, set);
        int first = members.Count;
        int root = Math.Min(_nodes - 1, (int)(draws.Unit() * _nodes));
        scratch.Begin();
        scratch.Add(root, first, members);
        if (!_cascade)
        {
            WalkBack(ref draws, scratch, first, root, members);
        }
        else if (_liveByTie is not null)
        {
            SearchBackByTie(ref draws, scratch, first, members);
        }
        else if (_uniformLive > 0)
        {
            SearchBackUniform(ref draws, scratch, first, first, members);
        }
    }

    /// <summary>(1 - q)^r for r = 0 .. the largest in-degree: the chance that none of r ties is live.</summary>
    private static double[] MissAll(double miss, int ties)
    {
        var table = new double[ties + 1];
        table[0] = 1;
        for (int r = 1; r <= ties; r++)
        {
            table[r] = table[r - 1] * miss;
        }

        return table;
    }

    private int MaxInDegree()
    {
        int most = 0;
        for (int node = 0; node < _nodes; node++)
        {
            most = Math.Max(most, _inOffsets[node + 1] - _inOffsets[node]);
        }

        return most;
    }

    private double[] LiveByTie(TieProbabilities probabilities, int attempts)
    {
        var live = new double[_inSources.Length];
        for (int target = 0; target < _nodes; target++)
        {
            int inDegree = _inOffsets[target + 1] - _inOffsets[target];
            for (int tie = _inOffsets[target]; tie < _inOffsets[target + 1]; tie++)
            {
                live[tie] = Live(probabilities.Of(_inSources[tie], target, _inWeights[tie], inDegree), attempts);
            }
        }

        return live;
    }

    /// <summary>
    /// Each node's in-degree as a byte (255 for 255 or more), so that deciding that none of a node's
    /// in-ties is live, the common case below the epidemic threshold, reads n bytes that stay in cache
    /// instead of the in-tie offsets.
    /// </summary>
    private byte[] SmallInDegrees()
    {
        var degrees = new byte[_nodes];
        for (int node = 0; node < _nodes; node++)
        {
            degrees[node] = (byte)Math.Min(byte.MaxValue, _inOffsets[node + 1] - _inOffsets[node]);
        }

        return degrees;
    }

    /// <summary>
    /// Appends sets <paramref name="start"/> .. <paramref name="stop"/> - 1 in turn, the count of
    /// <paramref name="members"/> after each in <paramref name="ends"/>: the same members as <see cref="AddSet"/>
    /// set after set. When every tie has one probability below 1, <see cref="Lanes"/> sets are begun together:
    /// their roots and first skips are drawn, then their roots' in-tie offsets read, then their first live
    /// in-ties, so that the cache misses of those reads (most of a set's cost) overlap instead of following
    /// one another; each set then goes on alone. Every set still takes its own draws in its own order.
    /// </summary>
    public void AddSets(int start, int stop, SamplerScratch scratch, List<int> members, Span<int> ends)
    {
        if (!_cascade || _liveByTie is not null || !(_uniformLive > 0 && _uniformLive < 1))
        {
            for (int set = start; set < stop; set++)
            {
                AddSet(set, scratch, members);
                ends[set - start] = members.Count;
            }

            return;
        }

        Span<SetDraws> draws = stackalloc SetDraws[Lanes];
        Span<int> roots = stackalloc int[Lanes];
        Span<int> degrees = stackalloc int[Lanes];
        Span<long> skips = stackalloc long[Lanes];
        Span<int> offsets = stackalloc int[Lanes];
        Span<int> sources = stackalloc int[Lanes];
        for (int lead = start; lead < stop; lead += Lanes)
        {
            int lanes = Math.Min(Lanes, stop - lead);
            for (int i = 0; i < lanes; i++)
            {
                draws[i] = new SetDraws(_seed, lead + i);
                roots[i] = Math.Min(_nodes - 1, (int)(draws[i].Unit() * _nodes));
                degrees[i] = InDegree(roots[i]);
                skips[i] = Skip(ref draws[i], degrees[i]);
            }

            for (int i = 0; i < lanes; i++)
            {
                offsets[i] = skips[i] < degrees[i] ? _inOffsets[roots[i]] : 0;
            }

            for (int i = 0; i < lanes; i++)
            {
                sources[i] = skips[i] < degrees[i] ? _inSources[offsets[i] + skips[i]] : -1;
            }

            for (int i = 0; i < lanes; i++)
            {
                int first = members.Count;
                scratch.Begin();
                scratch.Add(roots[i], first, members);
                if (sources[i] >= 0)
                {
                    scratch.Add(sources[i], first, members);
                    long tie = offsets[i] + skips[i];
                    long end = offsets[i] + degrees[i];
                    AddLiveTies(ref draws[i], scratch, first, members, tie + 1 + Skip(ref draws[i], end - tie - 1), end);
                    SearchBackUniform(ref draws[i], scratch, first, first + 1, members);
                }

                ends[lead + i - start] = members.Count;
            }
        }
    }

    /// <summary>The breadth-first search back from the set's node at <paramref name="head"/> on: for each node, its live in-ties.</summary>
    private void SearchBackUniform(ref SetDraws draws, SamplerScratch scratch, int first, int head, List<int> members)
    {
        bool certain = _uniformLive >= 1;
        for (; head < members.Count; head++)
        {
            int target = members[head];
            int degree = InDegree(target);
            long skip = certain ? 0 : Skip(ref draws, degree);
            if (skip < degree)
            {
                int start = _inOffsets[target];
                AddLiveTies(ref draws, scratch, first, members, start + skip, start + degree);
            }
        }
    }

    /// <summary>Adds the source of the live in-tie <paramref name="tie"/> and of each live one after it before <paramref name="end"/>, skipping to each by a draw.</summary>
    private void AddLiveTies(ref SetDraws draws, SamplerScratch scratch, int first, List<int> members, long tie, long end)
    {
        bool certain = _uniformLive >= 1;
        for (; tie < end; tie += 1 + (certain ? 0 : Skip(ref draws, end - tie - 1)))
        {
            scratch.Add(_inSources[tie], first, members);
        }
    }

    private int InDegree(int node) => _smallInDegrees[node] < byte.MaxValue ? _smallInDegrees[node] : _inOffsets[node + 1] - _inOffsets[node];

    /// <summary>
    /// The ties skipped before the next live one among the <paramref name="left"/> still to come: geometric
    /// with success probability q, floor(ln u / ln(1 - q)); u &lt;= (1 - q)^left means none is live, which
    /// needs no logarithm.
    /// </summary>
    private long Skip(ref SetDraws draws, long left)
    {
        double u = draws.PositiveUnit();
        return u <= _missAll[left] ? left : (long)Math.Min(left, Math.Log(u) * _inverseLogMiss);
    }

    private void SearchBackByTie(ref SetDraws draws, SamplerScratch scratch, int first, List<int> members)
    {
        var live = _liveByTie!;
        for (int head = first; head < members.Count; head++)
        {
            int target = members[head];
            for (int tie = _inOffsets[target]; tie < _inOffsets[target + 1]; tie++)
            {
                if (draws.Unit() < live[tie])
                {
                    scratch.Add(_inSources[tie], first, members);
                }
            }
        }
    }

    private void WalkBack(ref SetDraws draws, SamplerScratch scratch, int first, int root, List<int> members)
    {
        for (int node = root; _inOffsets[node + 1] > _inOffsets[node];)
        {
            int source = _inSources[_inOffsets[node] + PickInTie(node, draws.Unit())];
            if (!scratch.Add(source, first, members))
            {
                return;
            }

            node = source;
        }
    }

    private int PickInTie(int node, double draw)
    {
        int start = _inOffsets[node];
        int degree = _inOffsets[node + 1] - start;
        if (_unweighted)
        {
            return Math.Min(degree - 1, (int)(draw * degree));
        }

        var weights = _inWeights.AsSpan(start, degree);
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
