namespace InfluenceSim.Models.Distributions;

/// <summary>The shapes a <see cref="Distribution"/> can take.</summary>
public enum DistributionShape
{
    Constant,
    Uniform,
    Normal,
}
