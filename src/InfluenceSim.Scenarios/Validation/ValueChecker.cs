using System.Globalization;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>Reads typed values from nodes, reporting "'path' must be EXPECTED, found FOUND" when one does not fit.</summary>
internal sealed class ValueChecker(ProblemList problems)
{
    /// <summary>An integer that <paramref name="accept"/> allows, or null (reported).</summary>
    public long? Integer(ScenarioNode node, string path, string expected, Func<long, bool> accept)
    {
        if (node is ScalarNode scalar && scalar.TryGetInteger(out long value) && accept(value))
        {
            return value;
        }

        return Fail<long>(node, path, expected);
    }

    /// <summary>A finite number that <paramref name="accept"/> allows, or null (reported).</summary>
    public double? Number(ScenarioNode node, string path, string expected, Func<double, bool> accept)
    {
        if (node is ScalarNode scalar && scalar.TryGetNumber(out double value) && accept(value))
        {
            return value;
        }

        return Fail<double>(node, path, expected);
    }

    /// <summary>A number from 0 to 1 (a share, a reach, a persuasion), or null (reported).</summary>
    public double? Fraction(ScenarioNode node, string path) => Number(node, path, "a number from 0 to 1", v => v is >= 0 and <= 1);

    /// <summary>true or false, or null (reported).</summary>
    public bool? Boolean(ScenarioNode node, string path)
    {
        if (node is ScalarNode scalar && scalar.TryGetBoolean(out bool value))
        {
            return value;
        }

        return Fail<bool>(node, path, "true or false");
    }

    /// <summary>The text of a non-null, non-empty scalar, or null (reported).</summary>
    public string? Text(ScenarioNode node, string path, string expected)
    {
        if (node is ScalarNode { IsNull: false, Value.Length: > 0 } scalar)
        {
            return scalar.Value;
        }

        Report(node, path, expected);
        return null;
    }

    /// <summary>One of <paramref name="options"/>, or null (reported, with the nearest option when one is close).</summary>
    public string? Choice(ScenarioNode node, string path, IReadOnlyList<string> options)
    {
        if (node is ScalarNode scalar && options.Contains(scalar.Value))
        {
            return scalar.Value;
        }

        string? nearest = node is ScalarNode written ? KeySuggestions.Nearest(written.Value, options) : null;
        string hint = nearest is null ? string.Empty : $"; did you mean '{nearest}'?";
        problems.Add(node.Location, $"'{path}' must be one of {string.Join(", ", options)}, found {node.Describe()}{hint}");
        return null;
    }

    /// <summary>Reports that the node is not what was expected.</summary>
    public void Report(ScenarioNode node, string path, string expected) =>
        problems.Add(node.Location, $"'{path}' must be {expected}, found {node.Describe()}");

    /// <summary>Formats a number the way a scenario would write it.</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private T? Fail<T>(ScenarioNode node, string path, string expected)
        where T : struct
    {
        Report(node, path, expected);
        return null;
    }
}
