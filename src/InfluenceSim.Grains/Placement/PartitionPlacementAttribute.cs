using Orleans.Placement;

namespace InfluenceSim.Grains.Placement;

/// <summary>Marks a grain class keyed by partition number to be placed by <see cref="PartitionPlacementDirector"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class PartitionPlacementAttribute() : PlacementAttribute(PartitionPlacement.Instance);
