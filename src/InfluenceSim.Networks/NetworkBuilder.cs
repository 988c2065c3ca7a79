using System.Runtime.InteropServices;

namespace InfluenceSim.Networks;

/// <summary>
/// Collects directed ties and builds a <see cref="Network"/> in O(nodes + ties) with a counting
/// sort. Self-loops and duplicate ties are programming errors here: generators never make them and
/// file readers resolve them (with a user-facing message) before adding.
/// </summary>
public sealed class NetworkBuilder
{
    private readonly List<int> _sources = [];
    private readonly List<int> _targets = [];
    private readonly List<double> _weights = [];
    private readonly bool _directed;

    /// <summary>Starts a network of <paramref name="nodeCount"/> nodes.</summary>
    public NetworkBuilder(int nodeCount, bool directed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        NodeCount = nodeCount;
        _directed = directed;
    }

    public int NodeCount { get; }

    /// <summary>Node labels (index = id), for networks read from files.</summary>
    public IReadOnlyList<string>? Labels { get; set; }

    /// <summary>The <c>community</c> node attribute (index = id, numbered from 0), for community networks.</summary>
    public IReadOnlyList<int>? Communities { get; set; }

    /// <summary>Adds a tie: one directed tie, or for an undirected network the tie and its reverse.</summary>
    public void AddTie(int source, int target, double weight = 1.0)
    {
        if ((uint)source >= (uint)NodeCount || (uint)target >= (uint)NodeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(source), $"tie {source}-{target} is outside 0..{NodeCount - 1}");
        }

        if (source == target)
        {
            throw new ArgumentException($"self-loop at node {source}", nameof(target));
        }

        if (!(weight > 0) || double.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), $"tie {source}-{target} has weight {weight}; it must be a finite number > 0");
        }

        Add(source, target, weight);
        if (!_directed)
        {
            Add(target, source, weight);
        }
    }

    /// <summary>Builds the network; throws when a tie was added twice.</summary>
    public Network Build()
    {
        int n = NodeCount;
        int m = _sources.Count;
        var offsets = TieRows.OffsetsOf(n, CollectionsMarshal.AsSpan(_sources));
        var cursor = (int[])offsets.Clone();
        var targets = new int[m];
        var weights = new double[m];
        for (int i = 0; i < m; i++)
        {
            int slot = cursor[_sources[i]]++;
            targets[slot] = _targets[i];
            weights[slot] = _weights[i];
        }

        for (int u = 0; u < n; u++)
        {
            int start = offsets[u];
            int length = offsets[u + 1] - start;
            Array.Sort(targets, weights, start, length);
            for (int i = start + 1; i < start + length; i++)
            {
                if (targets[i] == targets[i - 1])
                {
                    throw new InvalidOperationException($"duplicate tie {u}-{targets[i]}");
                }
            }
        }

        if (Communities is { } communities && (communities.Count != n || communities.Any(c => c < 0)))
        {
            throw new InvalidOperationException($"the community attribute must give a community >= 0 for each of the {n} nodes");
        }

        return new Network(n, _directed, new TieRows(offsets, targets, weights), Labels, Communities);
    }

    private void Add(int source, int target, double weight)
    {
        _sources.Add(source);
        _targets.Add(target);
        _weights.Add(weight);
    }
}
