namespace InfluenceSim.Models.Catalogue;

/// <summary>What a model parameter accepts in a scenario file.</summary>
public enum ParameterKind
{
    /// <summary>A plain number.</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A number, or a distribution drawn per node and replicate (a trait).</summary>
    NumberOrDistribution,
}
