using static InfluenceSim.Networks.Generators.GeneratorArguments;

namespace InfluenceSim.Networks.Generators;

public static partial class NetworkGenerators
{
    private const ulong BarabasiAlbertStream = 2;

    /// <summary>
    /// Preferential attachment: a complete network of m+1 nodes (0 .. m), then each node
    /// s = m+1 .. nodes-1 tied to m distinct earlier nodes drawn with probability proportional to
    /// degree. Ties: m(m+1)/2 + (nodes - m - 1) * m; every node ends with degree at least m.
    /// </summary>
    /// <remarks>
    /// Barabási and Albert, "Emergence of scaling in random networks", Science 286 (1999), with the
    /// repeated-nodes list of Batagelj and Brandes (2005): every tie appends its lower then its
    /// higher end to the list, in the order ties are added; node s draws uniform positions of the
    /// list (as it was before s) until it has m distinct targets, and ties to them in draw order.
    /// </remarks>
    public static Network BarabasiAlbert(int nodes, int m, long seed)
    {
        long ties = RequireAttachment(nodes, m, "barabasi-albert");
        var builder = new NetworkBuilder(nodes, directed: false);
        var repeated = new int[2 * ties];
        int count = 0;
        for (int u = 0; u <= m; u++)
        {
            for (int v = u + 1; v <= m; v++)
            {
                builder.AddTie(u, v);
                repeated[count++] = u;
                repeated[count++] = v;
            }
        }

        var random = Xoshiro256StarStar.Create(seed, BarabasiAlbertStream);
        var chosenBy = new int[nodes];
        var targets = new int[m];
        for (int s = m + 1; s < nodes; s++)
        {
            int found = 0;
            while (found < m)
            {
                int t = repeated[random.NextInt(count)];
                if (chosenBy[t] != s)
                {
                    chosenBy[t] = s;
                    targets[found++] = t;
                }
            }

            foreach (int t in targets)
            {
                builder.AddTie(t, s);
                repeated[count++] = t;
                repeated[count++] = s;
            }
        }

        return builder.Build();
    }
}
