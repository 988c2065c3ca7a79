namespace InfluenceSim.Networks.Centrality;

/// <summary>
/// One source of Brandes' betweenness algorithm (Brandes 2001, Algorithm 1, unweighted case):
/// a breadth-first search over out-ties counting shortest paths, then the dependencies
/// accumulated in reverse order of distance. Iterative; O(nodes + ties) per source.
/// </summary>
/// <remarks>
/// Predecessors are not stored: when the dependency of w is passed back, they are found again as
/// the in-neighbours v of w with <c>dist(v) = dist(w) - 1</c>. A node's distance, path count and
/// dependency sit side by side (one cache line per visit on large networks). Only the nodes
/// reached are reset, so a source in a small component costs the size of that component.
/// </remarks>
internal sealed class BrandesAccumulator
{
    private readonly Network _network;
    private readonly BrandesNodeState[] _state;
    private readonly int[] _order;

    public BrandesAccumulator(Network network)
    {
        _network = network;
        _state = new BrandesNodeState[network.NodeCount];
        Array.Fill(_state, BrandesNodeState.Unreached);
        _order = new int[network.NodeCount];
    }

    /// <summary>Adds the dependencies of every other node on <paramref name="source"/> to <paramref name="scores"/>.</summary>
    public void AddSource(int source, double[] scores)
    {
        int reached = Search(source);
        for (int i = reached - 1; i > 0; i--)
        {
            int w = _order[i];
            ref readonly BrandesNodeState target = ref _state[w];
            double perPath = (1 + target.Dependency) / target.Paths;
            int previous = target.Distance - 1;
            foreach (int v in _network.InNeighbours(w))
            {
                ref BrandesNodeState predecessor = ref _state[v];
                if (predecessor.Distance == previous)
                {
                    predecessor.Dependency += predecessor.Paths * perPath;
                }
            }

            scores[w] += target.Dependency;
        }

        for (int i = 0; i < reached; i++)
        {
            _state[_order[i]] = BrandesNodeState.Unreached;
        }
    }

    /// <summary>Breadth-first search from the source; returns how many nodes it reached (in <c>_order</c>).</summary>
    private int Search(int source)
    {
        int head = 0;
        int tail = 0;
        _state[source] = new BrandesNodeState(0, 1);
        _order[tail++] = source;
        while (head < tail)
        {
            int v = _order[head++];
            int next = _state[v].Distance + 1;
            double paths = _state[v].Paths;
            foreach (int w in _network.OutNeighbours(v))
            {
                ref BrandesNodeState reachedNode = ref _state[w];
                if (reachedNode.Distance < 0)
                {
                    reachedNode.Distance = next;
                    _order[tail++] = w;
                }

                if (reachedNode.Distance == next)
                {
                    reachedNode.Paths += paths;
                }
            }
        }

        return tail;
    }
}
