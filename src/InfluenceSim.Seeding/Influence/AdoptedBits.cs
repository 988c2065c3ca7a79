namespace InfluenceSim.Seeding.Influence;

/// <summary>A set of adopted nodes as a bit per node, 64 to a word.</summary>
internal static class AdoptedBits
{
    public static int WordsFor(int nodes) => (nodes + 63) >> 6;

    public static bool Has(ReadOnlySpan<ulong> bits, int node) => ((bits[node >> 6] >> (node & 63)) & 1UL) != 0;

    public static void Set(Span<ulong> bits, int node) => bits[node >> 6] |= 1UL << (node & 63);
}
