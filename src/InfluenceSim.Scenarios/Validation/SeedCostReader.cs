using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>
/// Reads <c>seeding.cost</c>: <c>unit</c>, <c>degree</c>, <c>{ power: { scale: a, exponent: b } }</c> or
/// <c>{ attribute: NAME }</c> (docs/scenarios.md).
/// </summary>
internal sealed class SeedCostReader(ProblemList problems, ValueChecker values)
{
    private const string Expected = "unit, degree, { power: { scale: A, exponent: B } } or { attribute: NAME }";
    private static readonly string[] FormKeys = [SeedCost.Power, SeedCost.AttributeKind];
    private static readonly string[] PowerKeys = [SeedCost.ScaleKey, SeedCost.ExponentKey];

    /// <summary>The cost under <paramref name="key"/> of <paramref name="block"/>, or null when absent or invalid (reported).</summary>
    public SeedCost? Read(BlockReader block, string key)
    {
        var node = block.Value(key);
        string path = block.PathOf(key);
        switch (node)
        {
            case null:
                return null;
            case ScalarNode scalar when scalar.Value is SeedCost.Unit or SeedCost.Degree:
                return new SeedCost(scalar.Value);
            case MappingNode { Entries.Count: 1 } mapping when FormKeys.Contains(mapping.Entries[0].Key.Value):
                var form = new BlockReader(mapping, path, node.Location, FormKeys, problems);
                return mapping.Entries[0].Key.Value == SeedCost.Power ? Power(form) : Attribute(form);
            default:
                values.Report(node, path, Expected);
                return null;
        }
    }

    private SeedCost? Power(BlockReader form)
    {
        string path = form.PathOf(SeedCost.Power);
        if (form.Value(SeedCost.Power) is not MappingNode mapping)
        {
            values.Report(form.Value(SeedCost.Power)!, path, "a mapping { scale: A, exponent: B }");
            return null;
        }

        var power = BlockReader.Known(mapping, path, mapping.Location, PowerKeys, problems);
        var scaleNode = power.Required(SeedCost.ScaleKey);
        var exponentNode = power.Required(SeedCost.ExponentKey);
        double? scale = scaleNode is null ? null : values.Number(scaleNode, power.PathOf(SeedCost.ScaleKey), "a number greater than 0", v => v > 0);
        double? exponent = exponentNode is null ? null : values.Number(exponentNode, power.PathOf(SeedCost.ExponentKey), "a number from -10 to 10", v => v is >= -10 and <= 10);
        return scale is { } a && exponent is { } b ? new SeedCost(SeedCost.Power, Scale: a, Exponent: b) : null;
    }

    private SeedCost? Attribute(BlockReader form)
    {
        string path = form.PathOf(SeedCost.AttributeKind);
        string? name = values.Text(form.Value(SeedCost.AttributeKind)!, path, "the name of a node attribute of the network file");
        return name is null ? null : new SeedCost(SeedCost.AttributeKind, Attribute: name);
    }
}
