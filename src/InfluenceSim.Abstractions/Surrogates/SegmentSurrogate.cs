using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How a population <see cref="Segment"/> travels: name, share and trait values by trait number.</summary>
[GenerateSerializer, Alias("influencesim.segment")]
public readonly record struct SegmentSurrogate(
    [property: Id(0)] string Name, [property: Id(1)] double Share,
    [property: Id(2)] int[] Traits, [property: Id(3)] Distribution[] Values);

/// <summary>Converts a <see cref="Segment"/> to and from <see cref="SegmentSurrogate"/>.</summary>
[RegisterConverter]
public sealed class SegmentConverter : IConverter<Segment, SegmentSurrogate>
{
    public Segment ConvertFromSurrogate(in SegmentSurrogate surrogate) =>
        new(surrogate.Name, surrogate.Share, TraitTable.From(surrogate.Traits, surrogate.Values));

    public SegmentSurrogate ConvertToSurrogate(in Segment value)
    {
        var (traits, values) = TraitTable.To(value.Traits);
        return new(value.Name, value.Share, traits, values);
    }
}
