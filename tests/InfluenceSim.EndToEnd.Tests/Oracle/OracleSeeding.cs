using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A seeding strategy: the nodes that adopt at step 0 of a replicate, ascending.</summary>
public abstract record OracleSeeding
{
    public abstract int[] SeedsOf(Network network, OracleDraws draws, int replicate);

    /// <summary>k for a count, or round(fraction x nodes) with halves away from zero, but at least 1 for a positive fraction.</summary>
    protected static int SeedCount(int? count, double? fraction, int nodes) => count ?? OracleCounts.Of(fraction!.Value, nodes);
}
