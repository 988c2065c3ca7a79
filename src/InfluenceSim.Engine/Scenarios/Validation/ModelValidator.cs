using InfluenceSim.Engine.Scenarios.Syntax;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Engine.Scenarios.Validation;

/// <summary>Checks the <c>model:</c> block against the model catalogue: the kind, then each of its parameters (defaults filled in).</summary>
internal sealed class ModelValidator(ProblemList problems, ValueChecker values)
{
    private const string KindKey = "kind";

    private static readonly string[] Kinds = [.. ModelCatalogue.All.Select(m => m.Kind)];

    /// <summary>Every key a <c>model:</c> block can hold, for any kind.</summary>
    public static readonly string[] AllKeys = [KindKey, .. ModelCatalogue.All.SelectMany(m => m.Parameters).Select(p => p.Key).Distinct()];

    private readonly DistributionReader _distributions = new(problems, values);

    /// <summary>
    /// The model, or null when a problem was found. A parameter named in <paramref name="givenElsewhere"/>
    /// may be left out although it has no default (the population gives every node a threshold).
    /// </summary>
    public ModelSpec? Validate(BlockReader? block, IReadOnlySet<string> givenElsewhere)
    {
        var kindNode = block?.Required(KindKey);
        string? kind = kindNode is null ? null : values.Choice(kindNode, block!.PathOf(KindKey), Kinds);
        if (block is not null && kindNode is null)
        {
            // Missing leaves a misspelt 'kind' to be reported here, as an unknown key with its suggestion.
            block.RejectUnknown(AllKeys, key => block.UnknownKey(key, AllKeys));
        }

        if (block is null || kind is null)
        {
            return null;
        }

        var model = ModelCatalogue.Find(kind)!;
        string[] keys = [.. model.Parameters.Select(p => p.Key)];
        block.RejectUnknown([KindKey, .. keys], key => UnknownParameter(key, kind, keys));

        int before = problems.Count;
        var parameters = new Dictionary<string, Distribution>(StringComparer.Ordinal);
        foreach (var parameter in model.Parameters)
        {
            var node = block.Value(parameter.Key);
            if (node is null)
            {
                if (parameter.Default is { } fallback)
                {
                    parameters[parameter.Key] = Distribution.Constant(fallback);
                }
                else if (!givenElsewhere.Contains(parameter.Key))
                {
                    block.Missing(parameter.Key, $" (model {kind})");
                }

                continue;
            }

            string path = block.PathOf(parameter.Key);
            var value = parameter.Kind == ParameterKind.NumberOrDistribution
                ? _distributions.Read(node, path, parameter.Min, parameter.Max)
                : Constant(node, path, parameter);
            if (value is not null)
            {
                parameters[parameter.Key] = value;
            }
        }

        return problems.Count == before ? new ModelSpec(kind, parameters) : null;
    }

    private static string UnknownParameter(string key, string kind, string[] keys) => keys.Length == 0
        ? $"unknown parameter '{key}': model {kind} takes no parameters"
        : $"unknown parameter '{key}' of model {kind}{KeySuggestions.Hint(key, keys)}";

    private static string Range(ParameterDescriptor parameter) =>
        $"from {ValueChecker.Format(parameter.Min)} to {ValueChecker.Format(parameter.Max)}";

    private static string Expected(ParameterDescriptor parameter) => parameter.Kind == ParameterKind.Integer
        ? $"an integer {Range(parameter)}"
        : $"a number {Range(parameter)}";

    private Distribution? Constant(ScenarioNode node, string path, ParameterDescriptor parameter)
    {
        double? value = parameter.Kind == ParameterKind.Integer
            ? values.Integer(node, path, Expected(parameter), v => v >= parameter.Min && v <= parameter.Max)
            : values.Number(node, path, Expected(parameter), v => v >= parameter.Min && v <= parameter.Max);
        return value is null ? null : Distribution.Constant(value.Value);
    }
}
