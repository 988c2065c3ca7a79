namespace InfluenceSim.Models.Market;

/// <summary>
/// Trait values and segments fixed per node by the network file (GraphML data keys or a node
/// file): <c>Traits[trait][node]</c> is NaN where the file gives none; <c>Segments[node]</c> is a
/// segment index or -1. Fixed values hold in every replicate and take precedence over draws.
/// </summary>
public sealed record NodeAttributeValues(IReadOnlyDictionary<Trait, double[]> Traits, int[]? Segments)
{
    public static NodeAttributeValues None { get; } = new(new Dictionary<Trait, double[]>(), null);
}
