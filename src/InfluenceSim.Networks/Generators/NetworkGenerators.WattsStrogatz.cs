using static InfluenceSim.Networks.Generators.GeneratorArguments;

namespace InfluenceSim.Networks.Generators;

public static partial class NetworkGenerators
{
    private const ulong WattsStrogatzStream = 3;

    /// <summary>
    /// The ring lattice of <see cref="RingLattice"/>, then each lattice tie (u, u+j mod nodes),
    /// for j = 1 .. k/2 and within it u = 0 .. nodes-1, is rewired with probability
    /// <paramref name="rewire"/> to (u, w), w uniform among the nodes that are neither u nor already
    /// tied to u. The tie count stays nodes * k / 2.
    /// </summary>
    /// <remarks>
    /// Watts and Strogatz, "Collective dynamics of 'small-world' networks", Nature 393 (1998), in
    /// the order of NetworkX's watts_strogatz_graph: one draw r per lattice tie; if r &lt; rewire and
    /// u is not already tied to every other node, w is drawn uniformly from 0 .. nodes-1 until it
    /// is neither u nor a neighbour of u, and the tie u-v is replaced by u-w.
    /// </remarks>
    public static Network WattsStrogatz(int nodes, int k, double rewire, long seed)
    {
        RequireNodes(nodes);
        RequireLatticeK(nodes, k);
        RequireProbability(rewire, nameof(rewire));

        int half = k / 2;
        long ties = (long)nodes * half;
        RequireTieCount(ties, "watts-strogatz");
        var targets = new int[ties];
        var present = new HashSet<long>((int)ties, PairKeyComparer.Instance);
        var degree = new int[nodes];
        Array.Fill(degree, k);
        for (int j = 1; j <= half; j++)
        {
            for (int u = 0; u < nodes; u++)
            {
                int v = (u + j) % nodes;
                targets[((j - 1) * (long)nodes) + u] = v;
                present.Add(PairKey(u, v));
            }
        }

        var random = Xoshiro256StarStar.Create(seed, WattsStrogatzStream);
        for (long slot = 0; slot < ties; slot++)
        {
            int u = (int)(slot % nodes);
            if (random.NextDouble() >= rewire || degree[u] >= nodes - 1)
            {
                continue;
            }

            int w;
            do
            {
                w = random.NextInt(nodes);
            }
            while (w == u || present.Contains(PairKey(u, w)));

            int v = targets[slot];
            present.Remove(PairKey(u, v));
            present.Add(PairKey(u, w));
            degree[v]--;
            degree[w]++;
            targets[slot] = w;
        }

        var builder = new NetworkBuilder(nodes, directed: false);
        for (long slot = 0; slot < ties; slot++)
        {
            builder.AddTie((int)(slot % nodes), targets[slot]);
        }

        return builder.Build();
    }

    private static long PairKey(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
