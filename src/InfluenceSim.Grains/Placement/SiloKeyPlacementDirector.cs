using Orleans.Runtime.Placement;

namespace InfluenceSim.Grains.Placement;

/// <summary>Puts a grain whose string key is a silo's address (<see cref="SiloAddress.ToParsableString"/>) on that silo; a silo that is not among the compatible ones is an error.</summary>
public sealed class SiloKeyPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string key = target.GrainIdentity.Key.ToString();
        var silo = context.GetCompatibleSilos(target).FirstOrDefault(s => s.ToParsableString() == key)
            ?? throw new InvalidOperationException($"no active silo {key} to place {target.GrainIdentity} on");
        return Task.FromResult(silo);
    }
}
