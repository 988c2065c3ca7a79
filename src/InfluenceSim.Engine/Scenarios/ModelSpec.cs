using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Engine.Scenarios;

/// <summary>The <c>model:</c> block: a catalogue kind and every parameter's value (defaults filled in).</summary>
public sealed record ModelSpec(string Kind, IReadOnlyDictionary<string, Distribution> Parameters)
{
    /// <summary>Independent cascade's per-tie rule: a number (in <see cref="Parameters"/>) or a named rule.</summary>
    public TieRule ProbabilityRule { get; init; } = TieRule.Number;

    /// <summary>The same model as the pure model code takes it.</summary>
    public ModelSettings Settings => new(Kind, Parameters) { ProbabilityRule = ProbabilityRule };
}
