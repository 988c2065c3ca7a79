namespace InfluenceSim.Grains.Placement;

/// <summary>Places partition grains round-robin over the live silos by partition number (see <see cref="PartitionPlacementDirector"/>).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.partition-placement")]
public sealed class PartitionPlacement : PlacementStrategy
{
    /// <summary>The one instance grains are marked with.</summary>
    public static PartitionPlacement Instance { get; } = new();
}
