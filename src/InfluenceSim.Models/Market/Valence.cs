namespace InfluenceSim.Models.Market;

/// <summary>What a message says of the product: for it or against it.</summary>
public enum Valence
{
    Positive = 0,
    Negative = 1,
}
