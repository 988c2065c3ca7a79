using Orleans.Placement;

namespace InfluenceSim.Grains.Placement;

/// <summary>Marks a grain class to be placed on its caller's silo, outside the grain directory, by <see cref="CallerSiloPlacementDirector"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class CallerSiloPlacementAttribute() : PlacementAttribute(CallerSiloPlacement.Instance);
