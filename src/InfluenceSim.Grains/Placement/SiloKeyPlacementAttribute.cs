using Orleans.Placement;

namespace InfluenceSim.Grains.Placement;

/// <summary>Marks a grain class keyed by a silo's address to be placed on that silo by <see cref="SiloKeyPlacementDirector"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class SiloKeyPlacementAttribute() : PlacementAttribute(SiloKeyPlacement.Instance);
