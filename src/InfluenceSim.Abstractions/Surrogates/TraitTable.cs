using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>A trait-to-value table as two arrays in trait order, the way surrogates carry it.</summary>
internal static class TraitTable
{
    public static (int[] Traits, Distribution[] Values) To(IReadOnlyDictionary<Trait, Distribution> table)
    {
        var ordered = table.OrderBy(t => t.Key).ToArray();
        return ([.. ordered.Select(t => (int)t.Key)], [.. ordered.Select(t => t.Value)]);
    }

    public static Dictionary<Trait, Distribution> From(int[] traits, Distribution[] values) =>
        traits.Zip(values).ToDictionary(t => (Trait)t.First, t => t.Second);
}
