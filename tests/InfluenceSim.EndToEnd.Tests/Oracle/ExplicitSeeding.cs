using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary><c>explicit</c>: the listed nodes.</summary>
public sealed record ExplicitSeeding(IReadOnlyList<int> Nodes) : OracleSeeding
{
    public override int[] SeedsOf(Network network, OracleDraws draws, int replicate) => [.. Nodes.Distinct().Order()];
}
