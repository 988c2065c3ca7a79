using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A v1 model's rule for one step t &gt;= 1 of one replicate.</summary>
public abstract record OracleModel
{
    /// <summary>
    /// The nodes that adopt at <paramref name="step"/>, ascending, decided from the state at the end of
    /// step - 1: <paramref name="adoptedAt"/> holds each node's adoption step (-1: not adopted) and
    /// <paramref name="lastAdopters"/> the adopters of step - 1.
    /// </summary>
    public abstract List<int> NewAdopters(Network network, OracleDraws draws, int replicate, int step, int[] adoptedAt, List<int> lastAdopters);
}
