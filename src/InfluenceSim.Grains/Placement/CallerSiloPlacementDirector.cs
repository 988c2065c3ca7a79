using Orleans.Runtime.Placement;

namespace InfluenceSim.Grains.Placement;

/// <summary>
/// Puts a new activation on the silo that places it, which is the silo of the grain calling it. The answer
/// is one finished task per silo, kept, not a new one per placement (a node-grain run places one per node).
/// </summary>
public sealed class CallerSiloPlacementDirector : IPlacementDirector
{
    private Task<SiloAddress>? _local;

    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var local = _local;
        if (local is null || !local.Result.Equals(context.LocalSilo))
        {
            _local = local = Task.FromResult(context.LocalSilo);
        }

        return local;
    }
}
