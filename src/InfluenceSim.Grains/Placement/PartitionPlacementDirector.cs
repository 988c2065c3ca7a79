using Orleans.Runtime.Placement;

namespace InfluenceSim.Grains.Placement;

/// <summary>
/// Puts partition p of a run on silo p mod S of the S compatible silos ordered by address, so a
/// run's partitions spread evenly over the live silos (docs/architecture.md "Partitions").
/// </summary>
public sealed class PartitionPlacementDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var silos = context.GetCompatibleSilos(target).OrderBy(s => s.ToParsableString(), StringComparer.Ordinal).ToArray();
        long partition = target.GrainIdentity.GetIntegerKey(out _);
        return Task.FromResult(silos[(int)(partition % silos.Length)]);
    }
}
