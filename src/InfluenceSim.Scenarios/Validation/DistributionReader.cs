using InfluenceSim.Models.Distributions;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Reads a number or a distribution (<c>{ uniform: [min, max] }</c>, <c>{ normal: [mean, sd] }</c>) within a range, as <c>model.threshold</c> and the traits take it.</summary>
internal sealed class DistributionReader(ProblemList problems, ValueChecker values)
{
    private static readonly string[] Shapes = [KeyOf(DistributionShape.Uniform), KeyOf(DistributionShape.Normal)];

    /// <summary>The key that names <paramref name="shape"/> in a scenario, as read here and written back in the resolved scenario.</summary>
    public static string KeyOf(DistributionShape shape) => shape switch
    {
        DistributionShape.Uniform => "uniform",
        DistributionShape.Normal => "normal",
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "a constant is written as a number"),
    };

    /// <summary>What a value from <paramref name="min"/> to <paramref name="max"/> may be, for messages.</summary>
    public static string Expected(double min, double max) =>
        $"a number {Range(min, max)} or a distribution ({{ uniform: [min, max] }} or {{ normal: [mean, sd] }})";

    /// <summary>The value, or null (reported).</summary>
    public Distribution? Read(ScenarioNode node, string path, double min, double max)
    {
        if (node is MappingNode mapping)
        {
            return FromMapping(mapping, path, min, max);
        }

        double? value = values.Number(node, path, Expected(min, max), v => v >= min && v <= max);
        return value is null ? null : Distribution.Constant(value.Value);
    }

    private static string Range(double min, double max) => $"from {ValueChecker.Format(min)} to {ValueChecker.Format(max)}";

    private Distribution? FromMapping(MappingNode mapping, string path, double min, double max)
    {
        if (mapping.Entries.Count != 1)
        {
            values.Report(mapping, path, Expected(min, max));
            return null;
        }

        var (key, value) = (mapping.Entries[0].Key, mapping.Entries[0].Value);
        if (!Shapes.Contains(key.Value))
        {
            problems.Add(key.Location, $"unknown distribution '{key.Value}' in '{path}'{KeySuggestions.Hint(key.Value, Shapes)}");
            return null;
        }

        string shapePath = $"{path}.{key.Value}";
        bool uniform = key.Value == KeyOf(DistributionShape.Uniform);
        string pair = uniform ? "a list of two numbers [min, max]" : "a list of two numbers [mean, sd]";
        if (value is not SequenceNode { Items.Count: 2 } list)
        {
            values.Report(value, shapePath, pair);
            return null;
        }

        return uniform ? Uniform(list, shapePath, min, max) : Normal(list, shapePath);
    }

    private Distribution? Uniform(SequenceNode list, string path, double low, double high)
    {
        string expected = $"a number {Range(low, high)}";
        double? min = values.Number(list.Items[0], $"{path}[0]", expected, v => v >= low && v <= high);
        double? max = values.Number(list.Items[1], $"{path}[1]", expected, v => v >= low && v <= high);
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
