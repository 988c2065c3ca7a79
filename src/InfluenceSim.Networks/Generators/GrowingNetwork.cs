namespace InfluenceSim.Networks.Generators;

/// <summary>
/// The state of a growing network for <see cref="NetworkGenerators.PowerLawCluster"/>: the ties so
/// far, each node's neighbours in the order its ties were added (a block of one shared arena per
/// node, moved to a block of twice the size when full), the repeated-nodes list of preferential
/// attachment, and which nodes the current new node is tied to.
/// </summary>
internal sealed class GrowingNetwork
{
    private readonly NetworkBuilder _builder;
    private readonly int[] _repeated;
    private readonly int[] _start;
    private readonly int[] _capacity;
    private readonly int[] _degree;
    private readonly int[] _tiedTo;
    private int[] _arena;
    private int _used;

    public GrowingNetwork(int nodes, long ties)
    {
        _builder = new NetworkBuilder(nodes, directed: false);
        _repeated = new int[2 * ties];
        _start = new int[nodes];
        _capacity = new int[nodes];
        _degree = new int[nodes];
        _arena = new int[Math.Min(Array.MaxLength, (4 * ties) + (4L * nodes))];
        _tiedTo = new int[nodes];
        Array.Fill(_tiedTo, -1);
    }

    /// <summary>Entries of the repeated-nodes list so far.</summary>
    public int ListLength { get; private set; }

    /// <summary>Starts new node <paramref name="s"/>: only s itself counts as tied to s.</summary>
    public void Begin(int s) => _tiedTo[s] = s;

    /// <summary>Ties earlier node <paramref name="u"/> to <paramref name="v"/> (u's id is lower).</summary>
    public void Tie(int u, int v)
    {
        _builder.AddTie(u, v);
        _tiedTo[u] = v;
        _repeated[ListLength++] = u;
        _repeated[ListLength++] = v;
        Append(u, v);
        Append(v, u);
    }

    /// <summary>A node not yet tied to <paramref name="s"/>, drawn with probability proportional to degree (list positions below <paramref name="before"/>).</summary>
    public int Preferential(int s, int before, Xoshiro256StarStar random)
    {
        int t;
        do
        {
            t = _repeated[random.NextInt(before)];
        }
        while (_tiedTo[t] == s);

        return t;
    }

    /// <summary>
    /// A uniform neighbour of <paramref name="w"/> that is neither <paramref name="s"/> nor tied to it,
    /// or -1 when there is none. At most <paramref name="made"/> (the ties of s so far) of w's
    /// neighbours are excluded, so when w has more than 2 x made neighbours, uniform positions of
    /// its list are drawn until one is a candidate (fewer than 2 draws on average); otherwise the
    /// candidates are counted and candidate number NextInt(count), in list order, is taken.
    /// </summary>
    public int Triad(int s, int w, int made, Xoshiro256StarStar random)
    {
        var list = _arena.AsSpan(_start[w], _degree[w]);
        int degree = list.Length;
        if (degree > 2 * made)
        {
            int x;
            do
            {
                x = list[random.NextInt(degree)];
            }
            while (_tiedTo[x] == s);

            return x;
        }

        int candidates = 0;
        for (int i = 0; i < degree; i++)
        {
            candidates += _tiedTo[list[i]] == s ? 0 : 1;
        }

        if (candidates == 0)
        {
            return -1;
        }

        int pick = random.NextInt(candidates);
        for (int i = 0; ; i++)
        {
            if (_tiedTo[list[i]] != s && pick-- == 0)
            {
                return list[i];
            }
        }
    }

    public Network Build() => _builder.Build();

    private void Grow(long needed)
    {
        if (needed > Array.MaxLength)
        {
            throw new InvalidOperationException("powerlaw-cluster: the neighbour lists of this network do not fit in one array; use fewer nodes or a smaller m");
        }

        Array.Resize(ref _arena, (int)Math.Min(Array.MaxLength, Math.Max(needed, 2L * _arena.Length)));
    }

    private void Append(int node, int other)
    {
        int degree = _degree[node];
        if (degree == _capacity[node])
        {
            int capacity = Math.Max(4, 2 * degree);
            if ((long)_used + capacity > _arena.Length)
            {
                Grow(_used + (long)capacity);
            }

            Array.Copy(_arena, _start[node], _arena, _used, degree);
            _start[node] = _used;
            _capacity[node] = capacity;
            _used += capacity;
        }

        _arena[_start[node] + degree] = other;
        _degree[node] = degree + 1;
    }
}
