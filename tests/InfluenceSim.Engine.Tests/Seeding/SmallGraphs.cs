using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.Engine.Tests.Seeding;

/// <summary>Graphs small enough (at most 16 directed ties) to enumerate every live-edge graph.</summary>
internal static class SmallGraphs
{
    /// <summary>A star with 5 leaves: centre 0, 10 directed ties.</summary>
    public static Network Star => NetworkGenerators.Star(6);

    /// <summary>Triangles 0-1-2 and 2-3-4 sharing node 2, with tails 0-5 and 4-6: 7 nodes, 16 directed ties.</summary>
    public static Network Bowtie
    {
        get
        {
            var builder = new NetworkBuilder(7, directed: false);
            foreach (var (a, b) in new[] { (0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (2, 4), (0, 5), (4, 6) })
            {
                builder.AddTie(a, b);
            }

            return builder.Build();
        }
    }

    /// <summary>
    /// Directed, 16 nodes, 16 ties: an out-star 0 -> 1..5; a diamond 6 -> 7, 8, 9 -> 10; and a chain
    /// 10 -> 11 -> ... -> 15. Many seed pairs are poor here (isolated sinks), so the bound has teeth.
    /// </summary>
    public static Network Directed
    {
        get
        {
            var builder = new NetworkBuilder(16, directed: true);
            for (int leaf = 1; leaf <= 5; leaf++)
            {
                builder.AddTie(0, leaf);
            }

            for (int middle = 7; middle <= 9; middle++)
            {
                builder.AddTie(6, middle);
                builder.AddTie(middle, 10);
            }

            for (int node = 10; node < 15; node++)
            {
                builder.AddTie(node, node + 1);
            }

            return builder.Build();
        }
    }

    public static Network Named(string name) => name switch
    {
        "star" => Star,
        "bowtie" => Bowtie,
        "directed" => Directed,
        _ => throw new ArgumentException(name, nameof(name)),
    };
}
