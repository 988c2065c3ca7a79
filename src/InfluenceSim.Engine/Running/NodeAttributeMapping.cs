using System.Globalization;
using InfluenceSim.Models.Market;
using InfluenceSim.Networks;
using InfluenceSim.Networks.Files;

namespace InfluenceSim.Engine.Running;

/// <summary>
/// The node attributes a network file may carry (a number from 0 to 1 per trait, and the name of a
/// declared segment), and their mapping from the network's text values to <see cref="NodeAttributeValues"/>.
/// </summary>
public static class NodeAttributeMapping
{
    /// <summary>The rules the network file readers check the attributes by.</summary>
    public static IReadOnlyList<NodeAttributeRule> Rules(PopulationSettings population)
    {
        ArgumentNullException.ThrowIfNull(population);
        string declared = population.Segments.Count == 0 ? "none are declared" : string.Join(", ", population.Segments.Select(s => s.Name));
        return
        [
            .. TraitNames.All.Select(t => new NodeAttributeRule(t.Name, "a number from 0 to 1", IsTraitValue)),
            new NodeAttributeRule(TraitNames.SegmentAttribute, $"a segment of population.segments ({declared})", name => population.SegmentIndex(name) >= 0),
        ];
    }

    /// <summary>The trait values and segments the network's attributes fix (none for a generated network).</summary>
    public static NodeAttributeValues Values(Network network, PopulationSettings population)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(population);
        if (network.NodeAttributes.Count == 0)
        {
            return NodeAttributeValues.None;
        }

        var traits = new Dictionary<Trait, double[]>();
        foreach (var (trait, name) in TraitNames.All)
        {
            if (network.NodeAttributes.TryGetValue(name, out var texts))
            {
                traits[trait] = [.. texts.Select(text => text is null ? double.NaN : double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))];
            }
        }

        int[]? segments = network.NodeAttributes.TryGetValue(TraitNames.SegmentAttribute, out var names)
            ? [.. names.Select(name => name is null ? -1 : population.SegmentIndex(name))]
            : null;
        return new NodeAttributeValues(traits, segments);
    }

    private static bool IsTraitValue(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value is >= 0 and <= 1;
}
