namespace InfluenceSim.Networks.Centrality;

/// <summary>PageRank of every node by power iteration over the out-ties (docs/centrality.md).</summary>
/// <remarks>
/// Definition: Brin and Page, "The anatomy of a large-scale hypertextual Web search engine"
/// (WWW 1998), with the dangling-node fix of Langville and Meyer, "Deeper inside PageRank"
/// (Internet Mathematics 1(3), 2004): the rank of a node without out-ties is spread uniformly.
/// One iteration: <c>x'[v] = (1 - d) / n + d * D / n + d * sum over in-neighbours u of x[u] / outdeg(u)</c>,
/// D the rank held by nodes without out-ties; start <c>x = 1/n</c>; stop when the L1 change is
/// below <see cref="Tolerance"/> or after <see cref="MaxIterations"/> iterations. Weights are
/// ignored. Sums run in ascending node order, so the result is the same on every machine.
/// QuikGraph's <c>PageRankAlgorithm</c> has no dangling-node handling and no 1/n teleport, so it
/// is not used; on networks where every node has an out-tie its ranks divided by n agree with these.
/// </remarks>
public static class PageRank
{
    public const double DefaultDamping = 0.85;

    /// <summary>Iteration stops once the L1 distance between successive rank vectors is below this.</summary>
    public const double Tolerance = 1e-10;

    public const int MaxIterations = 200;

    /// <summary>PageRank scores (index = node id; they sum to 1), damping in [0, 1).</summary>
    public static double[] Compute(Network network, double damping = DefaultDamping)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (!(damping >= 0 && damping < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(damping), damping, "damping must be in [0, 1)");
        }

        int n = network.NodeCount;
        if (n == 0)
        {
            return [];
        }

        double uniform = 1.0 / n;
        var rank = new double[n];
        Array.Fill(rank, uniform);
        var next = new double[n];
        var share = new double[n];
        for (int iteration = 0; iteration < MaxIterations; iteration++)
        {
            double dangling = 0;
            for (int u = 0; u < n; u++)
            {
                int degree = network.OutDegree(u);
                if (degree == 0)
                {
                    dangling += rank[u];
                    share[u] = 0;
                }
                else
                {
                    share[u] = rank[u] / degree;
                }
            }

            double floor = ((1 - damping) + (damping * dangling)) * uniform;
            double change = 0;
            for (int v = 0; v < n; v++)
            {
                double received = 0;
                foreach (int u in network.InNeighbours(v))
                {
                    received += share[u];
                }

                next[v] = floor + (damping * received);
                change += Math.Abs(next[v] - rank[v]);
            }

            (rank, next) = (next, rank);
            if (change < Tolerance)
            {
                break;
            }
        }

        return rank;
    }
}
