using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary><c>random</c>: the k nodes with the smallest <c>draw(SEEDING, r, 0, node, 0)</c>, ties by id.</summary>
public sealed record RandomSeeding(int? Count, double? Fraction) : OracleSeeding
{
    public override int[] SeedsOf(Network network, OracleDraws draws, int replicate) =>
        [.. Enumerable.Range(0, network.NodeCount)
            .Select(node => (Draw: draws.Draw(OracleDraws.Seeding, replicate, 0, node, 0), Node: node))
            .Order()
            .Take(SeedCount(Count, Fraction, network.NodeCount))
            .Select(pair => pair.Node)
            .Order()];
}
