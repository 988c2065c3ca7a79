using static InfluenceSim.Networks.Generators.GeneratorArguments;

namespace InfluenceSim.Networks.Generators;

public static partial class NetworkGenerators
{
    private const ulong ConfigurationStream = 5;

    /// <summary>
    /// The erased configuration model: node i gets <c>degrees[i]</c> stubs, the stubs are paired
    /// uniformly at random, and the self-loops and repeated ties this makes are dropped, so a node's
    /// realised degree is at most the one asked for (equal when no pairing collides).
    /// </summary>
    /// <remarks>
    /// Bender and Canfield (1978), Molloy and Reed, "A critical point for random graphs with a given
    /// degree sequence", Random Structures and Algorithms 6 (1995); erased as in Britton, Deijfen and
    /// Martin-Löf, J. Stat. Phys. 124 (2006). Exactly: the stub list holds node 0 degrees[0] times,
    /// then node 1 degrees[1] times, and so on; it is shuffled by Fisher-Yates (Durstenfeld 1964:
    /// for i = stubs-1 down to 1, swap stub i with stub j, j uniform in 0 .. i); then stubs 2t and
    /// 2t+1 form tie t, in order, and a tie is dropped when both stubs belong to one node or the
    /// pair was already tied. The degree sum must be even. O(nodes + stubs).
    /// </remarks>
    public static Network Configuration(IReadOnlyList<int> degrees, long seed)
    {
        ArgumentNullException.ThrowIfNull(degrees);
        int nodes = degrees.Count;
        RequireNodes(nodes);
        long sum = 0;
        for (int node = 0; node < nodes; node++)
        {
            if (degrees[node] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(degrees), Invariant($"the degree of node {node} must be >= 0, found {degrees[node]}"));
            }

            sum += degrees[node];
        }

        if (sum % 2 != 0)
        {
            throw new ArgumentException(Invariant($"the degrees must have an even sum (each tie uses two stubs), found {sum}"), nameof(degrees));
        }

        RequireTieCount(sum / 2, "configuration");
        var stubs = new int[sum];
        for (int node = 0, at = 0; node < nodes; at += degrees[node], node++)
        {
            Array.Fill(stubs, node, at, degrees[node]);
        }

        var random = Xoshiro256StarStar.Create(seed, ConfigurationStream);
        for (int i = stubs.Length - 1; i > 0; i--)
        {
            int j = random.NextInt(i + 1);
            (stubs[i], stubs[j]) = (stubs[j], stubs[i]);
        }

        var builder = new NetworkBuilder(nodes, directed: false);
        var present = new HashSet<long>((int)(sum / 2), PairKeyComparer.Instance);
        for (int t = 0; t + 1 < stubs.Length; t += 2)
        {
            int u = stubs[t];
            int v = stubs[t + 1];
            if (u != v && present.Add(PairKey(u, v)))
            {
                builder.AddTie(u, v);
            }
        }

        return builder.Build();
    }

    /// <summary>
    /// The erased configuration model on a power-law degree sequence:
    /// <c>Configuration(PowerLawDegrees(nodes, exponent, minDegree, maxDegree, seed), seed)</c>.
    /// </summary>
    public static Network ConfigurationPowerLaw(int nodes, double exponent, int minDegree, int maxDegree, long seed) =>
        Configuration(PowerLawDegrees(nodes, exponent, minDegree, maxDegree, seed), seed);
}
