using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Models.Market;

/// <summary>A named part of the population: its expected share of the nodes and the trait values that hold inside it.</summary>
public sealed record Segment(string Name, double Share, IReadOnlyDictionary<Trait, Distribution> Traits);
