namespace InfluenceSim.Scenarios.Generators;

/// <summary>What the preferential-attachment generators share: <c>m</c> ties per new node, so about 2 n m directed ties.</summary>
internal static class PreferentialAttachment
{
    /// <summary>The fewest nodes: one to start from and one that attaches.</summary>
    public const int LeastNodes = 2;

    /// <summary>The <c>m</c> key as listings show it.</summary>
    public static readonly GeneratorParameter MParameter = new("m", "an integer from 1 to nodes - 1");

    /// <summary>The required <c>m</c>: an integer from 1 to nodes - 1, or null (reported).</summary>
    public static int? M(GeneratorBlock block, int? n) =>
        block.Integer("m", n is null ? "an integer >= 1" : $"an integer from 1 to {n - 1} (less than nodes)", m => m >= 1 && (n is null || m < n));

    /// <summary>2 n m.</summary>
    public static double ExpectedTies(NetworkSpec spec) => 2.0 * (spec.Nodes ?? 0) * (spec.M ?? 0);
}
