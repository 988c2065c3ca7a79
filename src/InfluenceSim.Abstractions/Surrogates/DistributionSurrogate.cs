using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How a <see cref="Distribution"/> travels: its shape (by number) and two numbers.</summary>
[GenerateSerializer, Alias("influencesim.distribution")]
public readonly record struct DistributionSurrogate(
    [property: Id(0)] int Shape,
    [property: Id(1)] double First, [property: Id(2)] double Second);

/// <summary>Converts a <see cref="Distribution"/> to and from <see cref="DistributionSurrogate"/>.</summary>
[RegisterConverter]
public sealed class DistributionConverter : IConverter<Distribution, DistributionSurrogate>
{
    public Distribution ConvertFromSurrogate(in DistributionSurrogate surrogate) => new((DistributionShape)surrogate.Shape, surrogate.First, surrogate.Second);

    public DistributionSurrogate ConvertToSurrogate(in Distribution value) => new((int)value.Shape, value.First, value.Second);
}
