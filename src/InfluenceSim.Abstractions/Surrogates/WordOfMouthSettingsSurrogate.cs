using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How <see cref="WordOfMouthSettings"/> travel: each broadcast's persuasion, the brand's stance and share.</summary>
[GenerateSerializer, Alias("influencesim.word-of-mouth-settings")]
public readonly record struct WordOfMouthSettingsSurrogate(
    [property: Id(0)] double[] Persuasions,
    [property: Id(1)] int Stance, [property: Id(2)] double Share);

/// <summary>Converts <see cref="WordOfMouthSettings"/> to and from <see cref="WordOfMouthSettingsSurrogate"/>.</summary>
[RegisterConverter]
public sealed class WordOfMouthSettingsConverter : IConverter<WordOfMouthSettings, WordOfMouthSettingsSurrogate>
{
    public WordOfMouthSettings ConvertFromSurrogate(in WordOfMouthSettingsSurrogate surrogate) => new(surrogate.Persuasions, (BrandStance)surrogate.Stance, surrogate.Share);

    public WordOfMouthSettingsSurrogate ConvertToSurrogate(in WordOfMouthSettings value) => new(value.Persuasions, (int)value.Stance, value.Share);
}
