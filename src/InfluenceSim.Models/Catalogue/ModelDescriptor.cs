namespace InfluenceSim.Models.Catalogue;

/// <summary>How a model describes itself: its kind, rule, node states, roles and parameters.</summary>
public sealed record ModelDescriptor(
    string Kind,
    string Rule,
    IReadOnlyList<string> States,
    IReadOnlyList<ModelRole> Roles,
    IReadOnlyList<ParameterDescriptor> Parameters)
{
    /// <summary>The parameter with this key, or null.</summary>
    public ParameterDescriptor? Parameter(string key) => Parameters.FirstOrDefault(p => p.Key == key);
}
