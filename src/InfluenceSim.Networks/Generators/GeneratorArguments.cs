using System.Globalization;

namespace InfluenceSim.Networks.Generators;

/// <summary>Argument checks shared by the generators, with messages a user can act on.</summary>
internal static class GeneratorArguments
{
    /// <summary>The most undirected ties a network can hold: each is two entries of an array.</summary>
    public static readonly long MaxUndirectedTies = Array.MaxLength / 2;

    public static void RequireNodes(int nodes)
    {
        if (nodes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(nodes), Invariant($"nodes must be at least 1, found {nodes}"));
        }
    }

    public static void RequireLatticeK(int nodes, int k)
    {
        if (k < 0 || k % 2 != 0 || k >= nodes)
        {
            throw new ArgumentOutOfRangeException(nameof(k), Invariant($"k must be an even number from 0 to nodes - 1 ({nodes - 1}), found {k}"));
        }
    }

    /// <summary>
    /// Checks a preferential-attachment generator's node count and m (from 1 to nodes - 1) and returns its tie count:
    /// the complete network on nodes 0 .. m, then m ties from each later node, m(m+1)/2 + (nodes - m - 1) * m.
    /// </summary>
    public static long RequireAttachment(int nodes, int m, string generator)
    {
        RequireNodes(nodes);
        if (m < 1 || m >= nodes)
        {
            throw new ArgumentOutOfRangeException(nameof(m), Invariant($"m must be from 1 to nodes - 1 ({nodes - 1}), found {m}"));
        }

        long ties = ((long)m * (m + 1) / 2) + ((long)(nodes - m - 1) * m);
        RequireTieCount(ties, generator);
        return ties;
    }

    public static void RequireProbability(double p, string name)
    {
        if (!(p >= 0 && p <= 1))
        {
            throw new ArgumentOutOfRangeException(name, Invariant($"{name} must be a probability from 0 to 1, found {p}"));
        }
    }

    public static void RequireTieCount(long undirectedTies, string generator)
    {
        if (undirectedTies > MaxUndirectedTies)
        {
            throw new ArgumentException(Invariant($"{generator} would make {undirectedTies} ties; at most {MaxUndirectedTies} fit in a network"));
        }
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
