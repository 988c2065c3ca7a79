using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Scenarios;

/// <summary>The <c>model:</c> block: a registered model and every parameter's value (defaults filled in).</summary>
public sealed record ModelSpec(ModelDefinition Definition, IReadOnlyDictionary<string, Distribution> Parameters)
{
    /// <summary>The model's kind, as the scenario names it.</summary>
    public string Kind => Definition.Kind;

    /// <summary>Independent cascade's per-tie rule: a number (in <see cref="Parameters"/>) or a named rule.</summary>
    public TieRule ProbabilityRule { get; init; } = TieRule.Number;

    /// <summary>The same model as the pure model code takes it.</summary>
    public ModelSettings Settings => new(Definition, Parameters) { ProbabilityRule = ProbabilityRule };
}
