namespace InfluenceSim.Networks;

/// <summary>The first step of a counting sort into compressed rows: where each node's entries start.</summary>
internal static class CsrOffsets
{
    /// <summary>
    /// The row offsets of <paramref name="nodes"/> rows holding one entry for each of <paramref name="rows"/> (a row
    /// number per entry): row u's entries lie from offsets[u] to offsets[u + 1].
    /// </summary>
    public static int[] Of(int nodes, ReadOnlySpan<int> rows)
    {
        var offsets = new int[nodes + 1];
        foreach (int u in rows)
        {
            offsets[u + 1]++;
        }

        for (int u = 0; u < nodes; u++)
        {
            offsets[u + 1] += offsets[u];
        }

        return offsets;
    }
}
