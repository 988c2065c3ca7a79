using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Models.Agents;

/// <summary>A model and every parameter's value (defaults already filled in).</summary>
public sealed record ModelSettings(ModelDefinition Definition, IReadOnlyDictionary<string, Distribution> Parameters)
{
    /// <summary>The built-in model <paramref name="kind"/> with <paramref name="parameters"/>.</summary>
    public ModelSettings(string kind, IReadOnlyDictionary<string, Distribution> parameters)
        : this(ModelRegistry.BuiltIn.Get(kind), parameters)
    {
    }

    /// <summary>The model's kind, as a scenario names it.</summary>
    public string Kind => Definition.Kind;

    /// <summary>Independent cascade's per-tie rule: a number (in <see cref="Parameters"/>) or a named rule (then <c>probability</c> is not among them).</summary>
    public TieRule ProbabilityRule { get; init; } = TieRule.Number;

    /// <summary>Independent cascade's <c>prescribing-steps</c> L: how many prescriptions an adopter sends each out-tie (1 when the model has none).</summary>
    public int PrescribingSteps => Parameters.TryGetValue("prescribing-steps", out var steps) ? (int)steps.First : 1;

    /// <summary>The value of a parameter that must be a plain number.</summary>
    public double Number(string key)
    {
        var value = Distribution(key);
        return value.IsConstant ? value.First : throw new InvalidOperationException($"model parameter '{key}' must be a number, not {value}");
    }

    /// <summary>The value of a parameter that may be a distribution.</summary>
    public Distribution Distribution(string key) =>
        Parameters.TryGetValue(key, out var value) ? value : throw new InvalidOperationException($"model '{Kind}' has no value for parameter '{key}'");
}
