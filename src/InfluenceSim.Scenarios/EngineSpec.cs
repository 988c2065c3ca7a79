namespace InfluenceSim.Scenarios;

/// <summary>The <c>engine:</c> block: how the run hosts its nodes and into how many partitions it splits them; never changes a result.</summary>
/// <param name="Hosting">One grain per person (the default) or many people per partition grain.</param>
/// <param name="Partitions">The number of partitions asked for, or null to choose from the silos and cores.</param>
public sealed record EngineSpec(EngineHosting Hosting, int? Partitions)
{
    /// <summary>The engine of a scenario without an <c>engine:</c> block.</summary>
    public static EngineSpec Default { get; } = new(EngineHosting.NodeGrains, null);
}
