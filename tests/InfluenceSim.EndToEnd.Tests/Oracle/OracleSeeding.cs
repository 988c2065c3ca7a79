using InfluenceSim.Networks;

namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>A seeding strategy: the nodes that adopt at step 0 of a replicate, ascending.</summary>
public abstract record OracleSeeding
{
    public abstract int[] SeedsOf(Network network, OracleDraws draws, int replicate);

    /// <summary>k for a count, or round(fraction x nodes) with halves away from zero, but at least 1 for a positive fraction.</summary>
    protected static int SeedCount(int? count, double? fraction, int nodes)
    {
        if (count is { } k)
        {
            return k;
        }

        double exact = fraction!.Value * nodes;
        double rounded = Math.Floor(exact);
        if (exact - rounded >= 0.5)
        {
            rounded++;
        }

        return fraction > 0 ? Math.Max(1, (int)rounded) : (int)rounded;
    }
}
