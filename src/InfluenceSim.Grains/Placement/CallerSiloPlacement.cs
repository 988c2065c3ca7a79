namespace InfluenceSim.Grains.Placement;

/// <summary>
/// Places a grain on the silo that first calls it and keeps it out of the grain directory (see
/// <see cref="CallerSiloPlacementDirector"/>): for grains only ever called from one grain on their own silo,
/// so nothing has to find them from elsewhere (docs/architecture.md "Partitions").
/// </summary>
[GenerateSerializer, Immutable, Alias("influencesim.caller-silo-placement")]
public sealed class CallerSiloPlacement : PlacementStrategy
{
    /// <summary>The one instance grains are marked with.</summary>
    public static CallerSiloPlacement Instance { get; } = new();

    /// <summary>
    /// False: an activation is neither registered in nor looked up from the grain directory when it starts,
    /// nor unregistered when it ends; its silo's directory cache, filled when it is placed, routes its calls.
    /// </summary>
    public override bool IsUsingGrainDirectory => false;
}
