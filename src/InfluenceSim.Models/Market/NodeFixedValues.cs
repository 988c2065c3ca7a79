namespace InfluenceSim.Models.Market;

/// <summary>One node's values from the network file: <c>Traits[trait number]</c> (NaN: none; null: no value at all) and its segment index (-1: none).</summary>
public readonly record struct NodeFixedValues(double[]? Traits, int Segment);
