namespace InfluenceSim.Scenarios;

/// <summary>The limits a scenario file and its values must keep (see docs/scenarios.md).</summary>
public static class ScenarioLimits
{
    /// <summary>Largest scenario file, in bytes (1 MiB), checked before the file is read.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    /// <summary>Deepest nesting of lists and mappings.</summary>
    public const int MaxDepth = 32;

    /// <summary>Most YAML nodes (keys, values and items) in a file or an override value.</summary>
    public const int MaxYamlNodes = 100_000;

    /// <summary>Longest scenario name.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Most replicates.</summary>
    public const int MaxReplicates = 100_000;

    /// <summary>Largest <c>max-steps</c>.</summary>
    public const int MaxSteps = 1_000_000;

    /// <summary>Most nodes of a generated network.</summary>
    public const int MaxNodes = 50_000_000;

    /// <summary>Most directed ties a generated network may be expected to have (its arrays are indexed by int).</summary>
    public const long MaxTies = 2_000_000_000;

    /// <summary>Most partitions a run may ask for (<c>engine.partitions</c>); never more than the network's nodes either.</summary>
    public const int MaxPartitions = 1024;
}
