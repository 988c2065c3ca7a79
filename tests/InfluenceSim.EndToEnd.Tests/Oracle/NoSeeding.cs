using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary><c>none</c>: no seeds.</summary>
public sealed record NoSeeding : OracleSeeding
{
    public override int[] SeedsOf(Network network, OracleDraws draws, int replicate) => [];
}
