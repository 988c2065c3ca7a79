using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using Microsoft.Extensions.DependencyInjection;

namespace InfluenceSim.Abstractions.Surrogates;

/// <summary>How <see cref="ModelSettings"/> travel: the model's kind (never its code), its parameters in key order and the per-tie rule (by number).</summary>
[GenerateSerializer, Alias("influencesim.model-settings")]
public readonly record struct ModelSettingsSurrogate(
    [property: Id(0)] string Kind,
    [property: Id(1)] string[] Keys, [property: Id(2)] Distribution[] Values,
    [property: Id(3)] int ProbabilityRule);

/// <summary>
/// Converts <see cref="ModelSettings"/> to and from <see cref="ModelSettingsSurrogate"/>: the
/// receiving process finds the model by kind in its own <see cref="ModelRegistry"/> (the built-in
/// models, and those its program added with <c>AddInfluenceSimModel</c>).
/// </summary>
[RegisterConverter]
public sealed class ModelSettingsConverter(IServiceProvider services) : IConverter<ModelSettings, ModelSettingsSurrogate>
{
    private readonly ModelRegistry _models = services.GetService<ModelRegistry>() ?? ModelRegistry.BuiltIn;

    public ModelSettings ConvertFromSurrogate(in ModelSettingsSurrogate surrogate)
    {
        var parameters = new Dictionary<string, Distribution>(surrogate.Keys.Length, StringComparer.Ordinal);
        for (int i = 0; i < surrogate.Keys.Length; i++)
        {
            parameters[surrogate.Keys[i]] = surrogate.Values[i];
        }

        return new ModelSettings(_models.Get(surrogate.Kind), parameters) { ProbabilityRule = (TieRule)surrogate.ProbabilityRule };
    }

    public ModelSettingsSurrogate ConvertToSurrogate(in ModelSettings value)
    {
        var ordered = value.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        return new(value.Kind, [.. ordered.Select(p => p.Key)], [.. ordered.Select(p => p.Value)], (int)value.ProbabilityRule);
    }
}
