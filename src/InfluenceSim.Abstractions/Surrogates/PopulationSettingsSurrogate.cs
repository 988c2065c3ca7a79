using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How <see cref="PopulationSettings"/> travel: the trait numbers in order with their values, and the segments.</summary>
[GenerateSerializer, Alias("influencesim.population-settings")]
public readonly record struct PopulationSettingsSurrogate(
    [property: Id(0)] int[] Traits, [property: Id(1)] Distribution[] Values,
    [property: Id(2)] Segment[] Segments);

/// <summary>Converts <see cref="PopulationSettings"/> to and from <see cref="PopulationSettingsSurrogate"/>.</summary>
[RegisterConverter]
public sealed class PopulationSettingsConverter : IConverter<PopulationSettings, PopulationSettingsSurrogate>
{
    public PopulationSettings ConvertFromSurrogate(in PopulationSettingsSurrogate surrogate) =>
        new(TraitTable.From(surrogate.Traits, surrogate.Values), surrogate.Segments);

    public PopulationSettingsSurrogate ConvertToSurrogate(in PopulationSettings value)
    {
        var (traits, values) = TraitTable.To(value.Traits);
        return new(traits, values, [.. value.Segments]);
    }
}
