using static InfluenceSim.Networks.Generators.GeneratorArguments;

namespace InfluenceSim.Networks.Generators;

public static partial class NetworkGenerators
{
    private const ulong PowerLawClusterStream = 7;

    /// <summary>
    /// Preferential attachment with triad formation (Holme and Kim): the start and the tie count of
    /// <see cref="BarabasiAlbert"/> (a complete network on nodes 0 .. m, then m ties from each new
    /// node to distinct earlier nodes), but after the first, preferential, tie of a new node each
    /// further tie is, with probability <paramref name="triad"/>, a triad-formation tie to a
    /// neighbour of the node last reached by preferential attachment. Ties:
    /// m(m+1)/2 + (nodes - m - 1) * m.
    /// </summary>
    /// <remarks>
    /// Holme and Kim, "Growing scale-free networks with tunable clustering", Phys. Rev. E 65,
    /// 026107 (2002). Exactly, for each new node s = m+1 .. nodes-1 in turn: a preferential step
    /// draws uniform positions of the repeated-nodes list of <see cref="BarabasiAlbert"/> as it
    /// stood before s until it finds a node w not yet tied to s, and ties s to w. While s has fewer
    /// than m ties (say it has made of them), one draw r decides: if r &lt; triad, s ties to a uniform
    /// candidate among w's current neighbours that are neither s nor tied to s (a triad-formation
    /// step): when w has more than 2 x made neighbours, uniform positions of w's neighbour list (in
    /// the order its ties were added) are drawn until one holds a candidate; otherwise the c
    /// candidates are counted and candidate number NextInt(c), in list order, is taken. When
    /// r &gt;= triad or c = 0, a preferential step is taken instead, which also moves w. Every tie
    /// appends its earlier then its later end to the list. triad = 0 gives preferential attachment
    /// only (with its own random stream).
    /// </remarks>
    public static Network PowerLawCluster(int nodes, int m, double triad, long seed)
    {
        long ties = RequireAttachment(nodes, m, "powerlaw-cluster");
        RequireProbability(triad, nameof(triad));
        var growth = new GrowingNetwork(nodes, ties);
        for (int u = 0; u <= m; u++)
        {
            for (int v = u + 1; v <= m; v++)
            {
                growth.Tie(u, v);
            }
        }

        var random = Xoshiro256StarStar.Create(seed, PowerLawClusterStream);
        for (int s = m + 1; s < nodes; s++)
        {
            int before = growth.ListLength;
            growth.Begin(s);
            int w = growth.Preferential(s, before, random);
            growth.Tie(w, s);
            for (int made = 1; made < m; made++)
            {
                int friend = random.NextDouble() < triad ? growth.Triad(s, w, made, random) : -1;
                if (friend < 0)
                {
                    w = growth.Preferential(s, before, random);
                    friend = w;
                }

                growth.Tie(friend, s);
            }
        }

        return growth.Build();
    }
}
