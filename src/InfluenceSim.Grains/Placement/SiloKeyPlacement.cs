namespace InfluenceSim.Grains.Placement;

/// <summary>Places a grain keyed by a silo's address on that silo (see <see cref="SiloKeyPlacementDirector"/>).</summary>
[GenerateSerializer, Immutable, Alias("influencesim.silo-key-placement")]
public sealed class SiloKeyPlacement : PlacementStrategy
{
    /// <summary>The one instance grains are marked with.</summary>
    public static SiloKeyPlacement Instance { get; } = new();
}
