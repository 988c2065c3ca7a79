namespace InfluenceSim.EndToEnd.Tests.Oracle;

/// <summary>How many nodes a share of the network stands for.</summary>
public static class OracleCounts
{
    /// <summary>round(fraction x nodes) with halves away from zero, but at least 1 for a positive fraction.</summary>
    public static int Of(double fraction, int nodes)
    {
        double exact = fraction * nodes;
        double rounded = Math.Floor(exact);
        if (exact - rounded >= 0.5)
        {
            rounded++;
        }

        return fraction > 0 ? Math.Max(1, (int)rounded) : (int)rounded;
    }
}
