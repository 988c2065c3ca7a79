using InfluenceSim.Models.Agents;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;
using InfluenceSim.Scenarios.Generators;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Checks the <c>model:</c> block against the registered models: the kind, then each of its parameters (defaults filled in).</summary>
internal sealed class ModelValidator(ProblemList problems, ValueChecker values, ModelRegistry models)
{
    private const string KindKey = "kind";

    private readonly string[] _kinds = [.. models.Kinds];

    /// <summary>Every key a <c>model:</c> block can hold, for any kind.</summary>
    public string[] AllKeys { get; } = [KindKey, .. models.All.SelectMany(m => m.Descriptor.Parameters).Select(p => p.Key).Distinct()];

    private readonly DistributionReader _distributions = new(problems, values);

    /// <summary>
    /// The model, or null when a problem was found. A parameter named in <paramref name="givenElsewhere"/>
    /// may be left out although it has no default (the population gives every node a threshold).
    /// <paramref name="generator"/> is the network's generator (null when unknown): only a network
    /// file has weights for <c>probability: from-weight</c>.
    /// </summary>
    public ModelSpec? Validate(BlockReader? block, IReadOnlySet<string> givenElsewhere, string? generator = null)
    {
        var kindNode = block?.Required(KindKey);
        string? kind = kindNode is null ? null : values.Choice(kindNode, block!.PathOf(KindKey), _kinds);
        if (block is not null && kindNode is null)
        {
            // Missing leaves a misspelt 'kind' to be reported here, as an unknown key with its suggestion.
            block.RejectUnknown();
        }

        if (block is null || kind is null)
        {
            return null;
        }

        var definition = models.Get(kind);
        var model = definition.Descriptor;
        string[] keys = [.. model.Parameters.Select(p => p.Key)];
        block.RejectUnknown([KindKey, .. keys], key => UnknownParameter(key, kind, keys));

        int before = problems.Count;
        var parameters = new Dictionary<string, Distribution>(StringComparer.Ordinal);
        var rule = TieRule.Number;
        foreach (var parameter in model.Parameters)
        {
            var node = block.Value(parameter.Key);
            if (definition.TakesTieRule(parameter.Key) && node is ScalarNode named && TieProbabilities.Names.TryGetValue(named.Value, out rule))
            {
                if (rule == TieRule.FromWeight && generator is not null && generator != FileGenerator.GeneratorName)
                {
                    problems.Add(node.Location, $"'{block.PathOf(parameter.Key)}' is from-weight, which reads each tie's weight as its probability, but a {generator} network has no weights: give a weighted network file (weights in (0, 1]) or a number");
                }

                continue;
            }

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
                : Constant(node, path, definition, parameter);
            if (value is not null)
            {
                parameters[parameter.Key] = value;
            }
        }

        return problems.Count == before ? new ModelSpec(definition, parameters) { ProbabilityRule = rule } : null;
    }

    private static string UnknownParameter(string key, string kind, string[] keys) => keys.Length == 0
        ? $"unknown parameter '{key}': model {kind} takes no parameters"
        : $"unknown parameter '{key}' of model {kind}{KeySuggestions.Hint(key, keys)}";

    private static string Range(ParameterDescriptor parameter) =>
        $"from {ValueChecker.Format(parameter.Min)} to {ValueChecker.Format(parameter.Max)}";

    private static string Expected(ModelDefinition definition, ParameterDescriptor parameter) =>
        parameter.Kind == ParameterKind.Integer ? $"an integer {Range(parameter)}"
        : definition.TakesTieRule(parameter.Key) ? $"a number {Range(parameter)} or one of {string.Join(", ", TieProbabilities.Names.Keys)}"
        : $"a number {Range(parameter)}";

    private Distribution? Constant(ScenarioNode node, string path, ModelDefinition definition, ParameterDescriptor parameter)
    {
        double? value = parameter.Kind == ParameterKind.Integer
            ? values.Integer(node, path, Expected(definition, parameter), v => v >= parameter.Min && v <= parameter.Max)
            : values.Number(node, path, Expected(definition, parameter), v => v >= parameter.Min && v <= parameter.Max);
        return value is null ? null : Distribution.Constant(value.Value);
    }
}
