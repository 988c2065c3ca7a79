using static InfluenceSim.Networks.Generators.GeneratorArguments;

namespace InfluenceSim.Networks.Generators;

public static partial class NetworkGenerators
{
    /// <summary>The most blocks a stochastic block network may have (its block pairs are visited one by one).</summary>
    public const int MaxBlocks = 10_000;

    private const ulong StochasticBlockStream = 4;

    /// <summary>
    /// The stochastic block model: nodes numbered block by block (block 0 is nodes
    /// 0 .. sizes[0]-1, and so on), each pair inside a block tied independently with probability
    /// <paramref name="pIn"/> and each pair across two blocks with probability <paramref name="pOut"/>.
    /// <see cref="Network.Communities"/> is each node's block index.
    /// </summary>
    /// <remarks>
    /// Holland, Laskey and Leinhardt, "Stochastic blockmodels: first steps", Social Networks 5
    /// (1983). Each block pair is sampled by the geometric skipping of Batagelj and Brandes (2005),
    /// so the cost is O(nodes + ties + blocks²). Block pairs are visited in the order (0,0), (0,1),
    /// ..., (0,B-1), (1,1), (1,2), ...; inside block a the candidates are its local pairs (v, w),
    /// w &lt; v, in the order (1,0), (2,0), (2,1), (3,0), ... (as erdos-renyi); between blocks a &lt; b
    /// they are (i, j), i of a and j of b, in row-major order (i, then j). One stream serves all pairs.
    /// </remarks>
    public static Network StochasticBlock(IReadOnlyList<int> blockSizes, double pIn, double pOut, long seed)
    {
        ArgumentNullException.ThrowIfNull(blockSizes);
        int nodes = CheckBlocks(blockSizes);
        RequireProbability(pIn, "p-in");
        RequireProbability(pOut, "p-out");
        RequireTieCount((long)Math.Ceiling(StochasticBlockExpectedTies(blockSizes, pIn, pOut)), "stochastic-block");

        int[] starts = new int[blockSizes.Count];
        int[] communities = new int[nodes];
        for (int a = 0, start = 0; a < blockSizes.Count; start += blockSizes[a], a++)
        {
            starts[a] = start;
            Array.Fill(communities, a, start, blockSizes[a]);
        }

        var builder = new NetworkBuilder(nodes, directed: false) { Communities = communities };
        var random = Xoshiro256StarStar.Create(seed, StochasticBlockStream);
        for (int a = 0; a < blockSizes.Count; a++)
        {
            TieWithinBlock(builder, starts[a], blockSizes[a], pIn, random);
            for (int b = a + 1; b < blockSizes.Count; b++)
            {
                long width = blockSizes[b];
                foreach (long index in GeometricSkips.Select(blockSizes[a] * width, pOut, random))
                {
                    builder.AddTie(starts[a] + (int)(index / width), starts[b] + (int)(index % width));
                }
            }
        }

        return builder.Build();
    }

    /// <summary>The expected number of undirected ties of <see cref="StochasticBlock"/>.</summary>
    public static double StochasticBlockExpectedTies(IReadOnlyList<int> blockSizes, double pIn, double pOut)
    {
        ArgumentNullException.ThrowIfNull(blockSizes);
        double nodes = blockSizes.Sum(s => (double)s);
        double inside = blockSizes.Sum(s => (double)s * (s - 1) / 2);
        double across = ((nodes * (nodes - 1) / 2) - inside);
        return (pIn * inside) + (pOut * across);
    }

    private static void TieWithinBlock(NetworkBuilder builder, int start, int size, double p, Xoshiro256StarStar random)
    {
        long v = 1;
        long w = -1;
        long previous = -1;
        foreach (long index in GeometricSkips.Select((long)size * (size - 1) / 2, p, random))
        {
            w += index - previous;
            previous = index;
            while (w >= v)
            {
                w -= v;
                v++;
            }

            builder.AddTie(start + (int)v, start + (int)w);
        }
    }

    private static int CheckBlocks(IReadOnlyList<int> blockSizes)
    {
        if (blockSizes.Count is < 1 or > MaxBlocks)
        {
            throw new ArgumentOutOfRangeException(nameof(blockSizes), Invariant($"blocks must list 1 to {MaxBlocks} block sizes, found {blockSizes.Count}"));
        }

        long nodes = 0;
        for (int a = 0; a < blockSizes.Count; a++)
        {
            if (blockSizes[a] < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(blockSizes), Invariant($"block {a} must have at least 1 node, found {blockSizes[a]}"));
            }

            nodes += blockSizes[a];
        }

        if (nodes > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(blockSizes), Invariant($"the blocks hold {nodes} nodes; at most {Array.MaxLength} fit in a network"));
        }

        return (int)nodes;
    }
}
