using static InfluenceSim.Networks.Generators.GeneratorArguments;

namespace InfluenceSim.Networks.Generators;

public static partial class NetworkGenerators
{
    /// <summary>Stream number that separates this generator's draws from the others'.</summary>
    private const ulong ErdosRenyiStream = 1;

    /// <summary>
    /// G(n, p) with p = meanDegree / (nodes - 1): each of the n(n-1)/2 pairs is tied independently
    /// with probability p, in O(nodes + ties) by geometric skipping.
    /// </summary>
    /// <remarks>
    /// Algorithm: Batagelj and Brandes, "Efficient generation of large random networks",
    /// Phys. Rev. E 71, 036113 (2005), procedure G(n,p). The candidate pairs (v, w), w &lt; v, are
    /// visited in the order (1,0), (2,0), (2,1), (3,0), ...; the gap to the next tied pair is
    /// floor(log(1 - r) / log(1 - p)) with r a fresh draw in [0, 1). p &gt;= 1 is the complete network.
    /// </remarks>
    public static Network ErdosRenyi(int nodes, double meanDegree, long seed)
    {
        RequireNodes(nodes);
        if (!double.IsFinite(meanDegree) || meanDegree < 0 || meanDegree > nodes - 1)
        {
            throw new ArgumentOutOfRangeException(nameof(meanDegree), Invariant($"mean-degree must be a number from 0 to nodes - 1 ({nodes - 1}), found {meanDegree}"));
        }

        RequireTieCount((long)Math.Ceiling(nodes * meanDegree / 2), "erdos-renyi");
        var builder = new NetworkBuilder(nodes, directed: false);
        if (nodes < 2 || meanDegree == 0)
        {
            return builder.Build();
        }

        double p = meanDegree / (nodes - 1);
        if (p >= 1)
        {
            return Complete(nodes);
        }

        var random = Xoshiro256StarStar.Create(seed, ErdosRenyiStream);
        double logQ = double.LogP1(-p);
        double pairs = (double)nodes * nodes;
        long v = 1;
        long w = -1;
        while (v < nodes)
        {
            double skip = Math.Floor(double.LogP1(-random.NextDouble()) / logQ);
            if (skip >= pairs)
            {
                break;
            }

            w += 1 + (long)skip;
            while (w >= v && v < nodes)
            {
                w -= v;
                v++;
            }

            if (v < nodes)
            {
                builder.AddTie((int)v, (int)w);
            }
        }

        return builder.Build();
    }
}
