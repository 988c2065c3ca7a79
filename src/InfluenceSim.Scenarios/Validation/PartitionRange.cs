using System.Globalization;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>How many partitions <c>engine.partitions</c> may ask for, given the network's size.</summary>
public static class PartitionRange
{
    /// <summary>What <c>engine.partitions</c> may be for a network of <paramref name="nodes"/> nodes (unknown: null).</summary>
    public static string Expected(int? nodes) => nodes is { } n && n < ScenarioLimits.MaxPartitions
        ? string.Create(CultureInfo.InvariantCulture, $"an integer from 1 to {n} (at most the network's {n} nodes)")
        : string.Create(CultureInfo.InvariantCulture, $"an integer from 1 to {ScenarioLimits.MaxPartitions}");

    /// <summary>The most partitions a network of <paramref name="nodes"/> nodes (unknown: null) may have.</summary>
    public static int Most(int? nodes) => Math.Min(nodes ?? int.MaxValue, ScenarioLimits.MaxPartitions);
}
