using InfluenceSim.Models.Market;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>A trait given in the scenario (under <c>population.traits</c> or a segment): which, its dotted path and where its key stands, for the warnings.</summary>
internal readonly record struct TraitUse(Trait Trait, string Path, NodeLocation At);
