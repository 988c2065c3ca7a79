namespace InfluenceSim.Models.Catalogue;

/// <summary>One model parameter as a scenario writes it: key, kind, inclusive range, default and meaning.</summary>
public sealed record ParameterDescriptor(string Key, ParameterKind Kind, double Min, double Max, double? Default, string Description)
{
    /// <summary>Whether a scenario must give the parameter (it has no default).</summary>
    public bool Required => Default is null;
}
