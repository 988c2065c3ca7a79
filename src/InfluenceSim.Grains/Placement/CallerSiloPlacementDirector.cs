using Orleans.Runtime.Placement;

namespace InfluenceSim.Grains.Placement;

/// <summary>Puts a new activation on the silo that places it, which is the silo of the grain calling it.</summary>
public sealed class CallerSiloPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.FromResult(context.LocalSilo);
    }
}
