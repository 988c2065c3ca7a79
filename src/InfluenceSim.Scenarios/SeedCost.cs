namespace InfluenceSim.Scenarios;

/// <summary>
/// What a seed costs under <c>seeding.cost</c> (docs/seeding.md, "Budgets and costs"): <c>unit</c> (1),
/// <c>degree</c> (max(1, out-degree)), <c>power</c> (scale x max(1, out-degree)^exponent) or a node
/// <c>attribute</c> of the network file (a positive number).
/// </summary>
/// <param name="Kind">One of <see cref="Kinds"/>.</param>
/// <param name="Scale">power: the factor a.</param>
/// <param name="Exponent">power: the exponent b.</param>
/// <param name="Attribute">attribute: the node attribute's name.</param>
public sealed record SeedCost(string Kind, double Scale = 1, double Exponent = 1, string? Attribute = null)
{
    public const string Unit = "unit";
    public const string Degree = "degree";
    public const string Power = "power";
    public const string AttributeKind = "attribute";

    /// <summary>Every kind, in the documented order.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Unit, Degree, Power, AttributeKind];

    /// <summary>The key of the power form's factor a: <c>{ power: { scale: a, exponent: b } }</c>.</summary>
    public const string ScaleKey = "scale";

    /// <summary>The key of the power form's exponent b.</summary>
    public const string ExponentKey = "exponent";

    /// <summary>Every node costs 1 (the default).</summary>
    public static SeedCost UnitCost { get; } = new(Unit);
}
