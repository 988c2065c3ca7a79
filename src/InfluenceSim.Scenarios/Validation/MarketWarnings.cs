using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>
/// Finds what a valid scenario gives that its model cannot use (docs/models.md "Population"): a
/// trait no rule of the model reads, or a negative campaign that weighs nothing; each is a warning
/// at its key.
/// </summary>
internal static class MarketWarnings
{
    private const string AversionKey = "aversion";

    /// <summary>The warnings, by position.</summary>
    /// <param name="model">The scenario's model.</param>
    /// <param name="market">The population, campaigns and brand.</param>
    /// <param name="traits">Every trait the scenario gives, with its place.</param>
    /// <param name="negative">Every <c>valence: negative</c>, with its place.</param>
    /// <param name="fileNetwork">Whether a network file may give traits too (then satisfaction may be below 1 somewhere).</param>
    public static IReadOnlyList<ScenarioProblem> Find(ModelSpec model, MarketSettings market, IReadOnlyList<TraitUse> traits, IReadOnlyList<(string Path, NodeLocation At)> negative, bool fileNetwork)
    {
        bool dissatisfaction = fileNetwork || CanDissatisfy(market.Population);
        double aversion = model.Parameters.TryGetValue(AversionKey, out var given) ? given.First : 0;
        var warnings = new List<(NodeLocation At, string Message)>();
        foreach (var use in traits)
        {
            if (Unused(use.Trait, model.Definition, market, dissatisfaction, aversion) is { } why)
            {
                warnings.Add((use.At, $"'{use.Path}' is ignored: {why}"));
            }
        }

        if (aversion == 0)
        {
            string why = model.Parameters.ContainsKey(AversionKey)
                ? $"model {model.Kind} has aversion 0, so a negative message weighs nothing"
                : $"model {model.Kind} reads no negative messages (it has no aversion)";
            warnings.AddRange(negative.Select(n => (n.At, $"'{n.Path}' negative has no effect: {why}")));
        }

        return [.. warnings
            .OrderBy(w => w.At.File, StringComparer.Ordinal)
            .ThenBy(w => w.At.Line)
            .ThenBy(w => w.At.Column)
            .Select(w => new ScenarioProblem(w.At.File, w.At.Line, w.At.Column, w.Message))];
    }

    /// <summary>Why the model and scenario ignore the trait, or null when something reads it.</summary>
    private static string? Unused(Trait trait, ModelDefinition model, MarketSettings market, bool dissatisfaction, double aversion)
    {
        string kind = model.Kind;
        bool cascade = kind == ModelCatalogue.IndependentCascade;
        bool prescribes = model.Descriptor.Roles.Contains(ModelRole.Prescriber);
        bool relays = market.Brand.Stance == BrandStance.Relay;
        return trait switch
        {
            Trait.Threshold when model.Descriptor.Parameter("threshold") is null =>
                $"only model {ModelCatalogue.LinearThreshold} has a threshold, and the model is {kind}",
            Trait.BroadcastSusceptibility when !relays && !market.Campaigns.Any(c => c.Valence == Valence.Positive) =>
                "nothing broadcasts to the nodes (no positive campaign, and the brand does not relay)",
            Trait.PrescriptionPropensity or Trait.Credibility when !prescribes =>
                $"model {kind} has no prescriptions",
            Trait.PrescriptionPropensity or Trait.Credibility when !cascade && !dissatisfaction =>
                $"under model {kind} only dissatisfied adopters prescribe, and no node can be dissatisfied (satisfaction is 1 everywhere)",
            Trait.PrescriptionPropensity or Trait.Credibility when !cascade && aversion == 0 =>
                $"under model {kind} only dissatisfied adopters prescribe (against), and aversion is 0, so their prescriptions have no effect",
            Trait.Satisfaction when !prescribes =>
                $"model {kind} has no prescriptions, and every adopter counts as satisfied (the brand may relay any of them)",
            Trait.Satisfaction when !cascade && !relays && aversion == 0 =>
                $"under model {kind} a dissatisfied adopter only prescribes against, and aversion is 0, so its prescriptions have no effect",
            _ => null,
        };
    }

    /// <summary>Whether some satisfaction the scenario gives can be below 1.</summary>
    private static bool CanDissatisfy(PopulationSettings population)
    {
        var given = population.Segments.Select(s => s.Traits.GetValueOrDefault(Trait.Satisfaction)).Append(population.Traits.GetValueOrDefault(Trait.Satisfaction));
        return given.Any(v => v is not null && (v.First < 1 || (v.Shape == DistributionShape.Normal && v.Second > 0)));
    }
}
