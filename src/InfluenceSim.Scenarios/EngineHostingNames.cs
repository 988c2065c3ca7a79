namespace InfluenceSim.Scenarios;

/// <summary>The names of <see cref="EngineHosting"/> in scenarios, on the command line and in manifests.</summary>
public static class EngineHostingNames
{
    public const string NodeGrains = "node-grains";
    public const string Blocks = "blocks";

    /// <summary>Every hosting's name, the default first.</summary>
    public static IReadOnlyList<string> All { get; } = [NodeGrains, Blocks];

    /// <summary>The name of <paramref name="hosting"/>.</summary>
    public static string Of(EngineHosting hosting) => hosting == EngineHosting.Blocks ? Blocks : NodeGrains;

    /// <summary>The hosting a name gives, or null for a name that is none of <see cref="All"/>.</summary>
    public static EngineHosting? Parse(string? name) => name switch
    {
        NodeGrains => EngineHosting.NodeGrains,
        Blocks => EngineHosting.Blocks,
        _ => null,
    };
}
