using InfluenceSim.Engine.Scenarios.Syntax;
using InfluenceSim.Models.Catalogue;
using InfluenceSim.Models.Distributions;

namespace InfluenceSim.Engine.Scenarios.Validation;

/// <summary>Checks the <c>model:</c> block against the model catalogue: the kind, then each of its parameters (defaults filled in).</summary>
internal sealed class ModelValidator(ProblemList problems, ValueChecker values)
{
    private const string KindKey = "kind";
    private const string UniformKey = "uniform";
    private const string NormalKey = "normal";

    private static readonly string[] Kinds = [.. ModelCatalogue.All.Select(m => m.Kind)];

    /// <summary>Every key a <c>model:</c> block can hold, for any kind.</summary>
    public static readonly string[] AllKeys = [KindKey, .. ModelCatalogue.All.SelectMany(m => m.Parameters).Select(p => p.Key).Distinct()];
    private static readonly string[] Shapes = [UniformKey, NormalKey];

    /// <summary>The model, or null when a problem was found.</summary>
    public ModelSpec? Validate(BlockReader? block)
    {
        var kindNode = block?.Required(KindKey);
        string? kind = kindNode is null ? null : values.Choice(kindNode, block!.PathOf(KindKey), Kinds);
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
                else
                {
                    block.Missing(parameter.Key, $" (model {kind})");
                }

                continue;
            }

            string path = block.PathOf(parameter.Key);
            var value = parameter.Kind == ParameterKind.NumberOrDistribution && node is MappingNode mapping
                ? FromMapping(mapping, path, parameter)
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

    private static string Expected(ParameterDescriptor parameter) => parameter.Kind switch
    {
        ParameterKind.Number => $"a number {Range(parameter)}",
        ParameterKind.Integer => $"an integer {Range(parameter)}",
        _ => $"a number {Range(parameter)} or a distribution ({{ uniform: [min, max] }} or {{ normal: [mean, sd] }})",
    };

    private Distribution? Constant(ScenarioNode node, string path, ParameterDescriptor parameter)
    {
        double? value = parameter.Kind == ParameterKind.Integer
            ? values.Integer(node, path, Expected(parameter), v => v >= parameter.Min && v <= parameter.Max)
            : values.Number(node, path, Expected(parameter), v => v >= parameter.Min && v <= parameter.Max);
        return value is null ? null : Distribution.Constant(value.Value);
    }

    private Distribution? FromMapping(MappingNode mapping, string path, ParameterDescriptor parameter)
    {
        if (mapping.Entries.Count != 1)
        {
            values.Report(mapping, path, Expected(parameter));
            return null;
        }

        var (key, value) = (mapping.Entries[0].Key, mapping.Entries[0].Value);
        if (!Shapes.Contains(key.Value))
        {
            problems.Add(key.Location, $"unknown distribution '{key.Value}' in '{path}'{KeySuggestions.Hint(key.Value, Shapes)}");
            return null;
        }

        string shapePath = $"{path}.{key.Value}";
        string pair = key.Value == UniformKey ? "a list of two numbers [min, max]" : "a list of two numbers [mean, sd]";
        if (value is not SequenceNode { Items.Count: 2 } list)
        {
            values.Report(value, shapePath, pair);
            return null;
        }

        return key.Value == UniformKey ? Uniform(list, shapePath, parameter) : Normal(list, shapePath);
    }

    private Distribution? Uniform(SequenceNode list, string path, ParameterDescriptor parameter)
    {
        string expected = $"a number {Range(parameter)}";
        double? min = values.Number(list.Items[0], $"{path}[0]", expected, v => v >= parameter.Min && v <= parameter.Max);
        double? max = values.Number(list.Items[1], $"{path}[1]", expected, v => v >= parameter.Min && v <= parameter.Max);
        if (min is null || max is null)
        {
            return null;
        }

        if (min > max)
        {
            problems.Add(list.Location, $"'{path}' must be [min, max] with min <= max, found [{ValueChecker.Format(min.Value)}, {ValueChecker.Format(max.Value)}]");
            return null;
        }

        return Distribution.Uniform(min.Value, max.Value);
    }

    private Distribution? Normal(SequenceNode list, string path)
    {
        double? mean = values.Number(list.Items[0], $"{path}[0]", "a number (the mean)", _ => true);
        double? sd = values.Number(list.Items[1], $"{path}[1]", "a number >= 0 (the standard deviation)", s => s >= 0);
        return mean is null || sd is null ? null : Distribution.Normal(mean.Value, sd.Value);
    }
}
