using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Market;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How <see cref="WordOfMouthSettings"/> travel: each broadcast's persuasion, the brand's stance and share.</summary>
[GenerateSerializer, Alias("influencesim.word-of-mouth-settings")]
public struct WordOfMouthSettingsSurrogate
{
    [Id(0)] public double[] Persuasions;
    [Id(1)] public int Stance;
    [Id(2)] public double Share;
}

/// <summary>Converts <see cref="WordOfMouthSettings"/> to and from <see cref="WordOfMouthSettingsSurrogate"/>.</summary>
[RegisterConverter]
public sealed class WordOfMouthSettingsConverter : IConverter<WordOfMouthSettings, WordOfMouthSettingsSurrogate>
{
    public WordOfMouthSettings ConvertFromSurrogate(in WordOfMouthSettingsSurrogate surrogate) => new(surrogate.Persuasions, (BrandStance)surrogate.Stance, surrogate.Share);

    public WordOfMouthSettingsSurrogate ConvertToSurrogate(in WordOfMouthSettings value) => new() { Persuasions = value.Persuasions, Stance = (int)value.Stance, Share = value.Share };
}
