namespace InfluenceSim.Scenarios.Generators;

/// <summary>What the ring generators share: an even <c>k</c>, k/2 neighbours on each side, so n k directed ties.</summary>
internal static class Lattice
{
    /// <summary>The <c>k</c> key as listings show it.</summary>
    public static readonly GeneratorParameter KParameter = new("k", "an even integer from 2 to nodes - 1");

    /// <summary>The smallest ring.</summary>
    public const int LeastNodes = 3;

    /// <summary>The required <c>k</c>: an even integer from 2 to nodes - 1, or null (reported).</summary>
    public static int? K(GeneratorBlock block, int? n)
    {
        string expected = n is null ? "an even integer >= 2" : $"an even integer from 2 to {n - 1} (less than nodes)";
        return block.Integer("k", expected, k => k >= 2 && k % 2 == 0 && (n is null || k < n));
    }

    /// <summary>n k.</summary>
    public static double ExpectedTies(NetworkSpec spec) => (double)(spec.Nodes ?? 0) * (spec.K ?? 0);
}
