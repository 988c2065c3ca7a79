using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary><c>top-degree</c>: the k nodes of highest out-degree, ties by lower id, in every replicate.</summary>
public sealed record TopDegreeSeeding(int? Count, double? Fraction) : OracleSeeding
{
    public override int[] SeedsOf(Network network, OracleDraws draws, int replicate) =>
        [.. Enumerable.Range(0, network.NodeCount)
            .Select(node => (Minus: -network.OutNeighbours(node).Length, Node: node))
            .Order()
            .Take(SeedCount(Count, Fraction, network.NodeCount))
            .Select(pair => pair.Node)
            .Order()];
}
