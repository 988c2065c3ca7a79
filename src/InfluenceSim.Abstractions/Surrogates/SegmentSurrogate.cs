using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How a population <see cref="Segment"/> travels: name, share and trait values by trait number.</summary>
[GenerateSerializer, Alias("influencesim.segment")]
public struct SegmentSurrogate
{
    [Id(0)] public string Name;
    [Id(1)] public double Share;
    [Id(2)] public int[] Traits;
    [Id(3)] public Distribution[] Values;
}

/// <summary>Converts a <see cref="Segment"/> to and from <see cref="SegmentSurrogate"/>.</summary>
[RegisterConverter]
public sealed class SegmentConverter : IConverter<Segment, SegmentSurrogate>
{
    public Segment ConvertFromSurrogate(in SegmentSurrogate surrogate) =>
        new(surrogate.Name, surrogate.Share, TraitTable.From(surrogate.Traits, surrogate.Values));

    public SegmentSurrogate ConvertToSurrogate(in Segment value)
    {
        var (traits, values) = TraitTable.To(value.Traits);
        return new() { Name = value.Name, Share = value.Share, Traits = traits, Values = values };
    }
}
