using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>
/// Independent cascade's per-tie probability p(u, v) under a named rule, written from
/// docs/models.md "Per-tie probabilities" alone: <c>from-weight</c> (the tie's weight),
/// <c>weighted-cascade</c> (1 / in-degree of v) or <c>trivalency</c> (0.1, 0.01, 0.001 by the
/// third of [0, 1) that <c>draw(TIE, 0, 0, u, v)</c> falls in).
/// </summary>
public sealed record OracleTieRule(string Name)
{
    public double Of(Network network, OracleDraws draws, int u, int v) => Name switch
    {
        "from-weight" => WeightOf(network, u, v),
        "weighted-cascade" => 1.0 / network.InNeighbours(v).Length,
        "trivalency" => draws.Draw(OracleDraws.Tie, 0, 0, u, v) switch
        {
            < 1.0 / 3 => 0.1,
            < 2.0 / 3 => 0.01,
            _ => 0.001,
        },
        _ => throw new ArgumentException($"no per-tie rule '{Name}'"),
    };

    private static double WeightOf(Network network, int u, int v)
    {
        var targets = network.OutNeighbours(u);
        for (int i = 0; i < targets.Length; i++)
        {
            if (targets[i] == v)
            {
                return network.OutWeights(u)[i];
            }
        }

        throw new ArgumentException($"no tie {u} -> {v}");
    }
}
