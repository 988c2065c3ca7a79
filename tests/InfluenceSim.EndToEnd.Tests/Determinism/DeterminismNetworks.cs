using InfluenceSim.EndToEnd.Tests.Oracle;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Generators;

namespace InfluenceSim.EndToEnd.Tests.Determinism;

/// <summary>
/// The networks of the agreement tests, by short name, each built once: Erdos-Renyi of 300 nodes
/// (mean degree 6) and 400 (mean degree 3, some nodes isolated), Barabasi-Albert (300, m = 3),
/// Watts-Strogatz (300, k = 6, rewire 0.1), a ring lattice (250, k = 4) and a directed weighted network of 200.
/// </summary>
public static class DeterminismNetworks
{
    private static readonly Dictionary<string, Lazy<Network>> Networks = new()
    {
        ["er300"] = new(() => NetworkGenerators.ErdosRenyi(300, 6, seed: 11)),
        ["er400"] = new(() => NetworkGenerators.ErdosRenyi(400, 3, seed: 12)),
        ["ba300"] = new(() => NetworkGenerators.BarabasiAlbert(300, 3, seed: 13)),
        ["ws300"] = new(() => NetworkGenerators.WattsStrogatz(300, 6, 0.1, seed: 14)),
        ["ring250"] = new(() => NetworkGenerators.RingLattice(250, 4)),
        ["dw200"] = new(() => DirectedWeighted(200, 0.02, seed: 15)),
    };

    public static IEnumerable<string> Names => Networks.Keys;

    public static Network Get(string name) => Networks[name].Value;

    /// <summary>A directed network of 200 whose weights lie in [0.05, 0.5), for <c>probability: from-weight</c>.</summary>
    public static Network ProbabilityWeighted { get; } = DirectedWeighted(200, 0.03, seed: 16, 0.05, 0.45);

    /// <summary>
    /// A directed network whose every ordered pair is tied with probability <paramref name="p"/> and
    /// weighted in [0.25, 2.25), so linear-threshold shares are sums of inexact doubles.
    /// </summary>
    private static Network DirectedWeighted(int nodes, double p, long seed, double lightest = 0.25, double range = 2)
    {
        var random = new OracleDraws(seed);
        var builder = new NetworkBuilder(nodes, directed: true);
        for (int u = 0; u < nodes; u++)
        {
            for (int v = 0; v < nodes; v++)
            {
                if (u != v && random.Draw(100, 0, 0, u, v) < p)
                {
                    builder.AddTie(u, v, lightest + (range * random.Draw(101, 0, 0, u, v)));
                }
            }
        }

        return builder.Build();
    }
}
