using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How a <see cref="Distribution"/> travels: its shape (by number) and two numbers.</summary>
[GenerateSerializer, Alias("influencesim.distribution")]
public struct DistributionSurrogate
{
    [Id(0)] public int Shape;
    [Id(1)] public double First;
    [Id(2)] public double Second;
}

/// <summary>Converts a <see cref="Distribution"/> to and from <see cref="DistributionSurrogate"/>.</summary>
[RegisterConverter]
public sealed class DistributionConverter : IConverter<Distribution, DistributionSurrogate>
{
    public Distribution ConvertFromSurrogate(in DistributionSurrogate surrogate) => new((DistributionShape)surrogate.Shape, surrogate.First, surrogate.Second);

    public DistributionSurrogate ConvertToSurrogate(in Distribution value) => new() { Shape = (int)value.Shape, First = value.First, Second = value.Second };
}
