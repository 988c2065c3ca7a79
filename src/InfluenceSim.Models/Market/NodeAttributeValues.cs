namespace InfluenceSim.Models.Market;

/// <summary>
/// Trait values and segments fixed per node by the network file (GraphML data keys or a node
/// file): <c>Traits[trait][node]</c> is NaN where the file gives none; <c>Segments[node]</c> is a
/// segment index or -1. Fixed values hold in every replicate and take precedence over draws.
/// </summary>
public sealed record NodeAttributeValues(IReadOnlyDictionary<Trait, double[]> Traits, int[]? Segments)
{
    public static NodeAttributeValues None { get; } = new(new Dictionary<Trait, double[]>(), null);

    /// <summary>The values of one node.</summary>
    public NodeFixedValues For(int node)
    {
        int segment = Segments?[node] ?? -1;
        if (Traits.Count == 0)
        {
            return new NodeFixedValues(null, segment);
        }

        var values = new double[TraitNames.All.Count];
        Array.Fill(values, double.NaN);
        foreach (var (trait, perNode) in Traits)
        {
            values[(int)trait] = perNode[node];
        }

        return new NodeFixedValues(values, segment);
    }
}
