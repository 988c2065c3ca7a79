using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How <see cref="PopulationSettings"/> travel: the trait numbers in order with their values, and the segments.</summary>
[GenerateSerializer, Alias("influencesim.population-settings")]
public struct PopulationSettingsSurrogate
{
    [Id(0)] public int[] Traits;
    [Id(1)] public Distribution[] Values;
    [Id(2)] public Segment[] Segments;
}

/// <summary>Converts <see cref="PopulationSettings"/> to and from <see cref="PopulationSettingsSurrogate"/>.</summary>
[RegisterConverter]
public sealed class PopulationSettingsConverter : IConverter<PopulationSettings, PopulationSettingsSurrogate>
{
    public PopulationSettings ConvertFromSurrogate(in PopulationSettingsSurrogate surrogate) =>
        new(TraitTable.From(surrogate.Traits, surrogate.Values), surrogate.Segments);

    public PopulationSettingsSurrogate ConvertToSurrogate(in PopulationSettings value)
    {
        var (traits, values) = TraitTable.To(value.Traits);
        return new() { Traits = traits, Values = values, Segments = [.. value.Segments] };
    }
}
