using System.Globalization;
using System.Text.RegularExpressions;

namespace InfluenceSim.Scenarios.Syntax;

/// <summary>A YAML scalar, typed on demand by YAML 1.2's core schema (null, booleans, decimal numbers, text).</summary>
/// <param name="location">Where the scalar starts.</param>
/// <param name="value">The scalar's text.</param>
/// <param name="plain">Written without quotes and without a <c>!!str</c> tag, so that it can be a null, a boolean or a number.</param>
internal sealed partial class ScalarNode(NodeLocation location, string value, bool plain) : ScenarioNode(location)
{
    private const int ShownLength = 40;

    /// <summary>The scalar's text.</summary>
    public string Value { get; } = value;

    /// <summary>Whether the scalar was written plain (unquoted, untagged).</summary>
    public bool IsPlain { get; } = plain;

    /// <summary>Whether the scalar is YAML's null: empty, <c>~</c> or <c>null</c>, unquoted.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Reads a plain decimal integer.</summary>
    public bool TryGetInteger(out long result)
    {
        result = 0;
        return IsPlain && IntegerPattern().IsMatch(Value) && long.TryParse(Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out result);
    }

    /// <summary>Reads a plain, finite decimal number (an integer is a number too).</summary>
    public bool TryGetNumber(out double result)
    {
        result = 0;
        return IsPlain
            && NumberPattern().IsMatch(Value)
            && double.TryParse(Value, NumberStyles.Float, CultureInfo.InvariantCulture, out result)
            && double.IsFinite(result);
    }

    /// <summary>Reads a plain boolean: true, True, TRUE, false, False or FALSE.</summary>
    public bool TryGetBoolean(out bool result)
    {
        result = IsPlain && Value is "true" or "True" or "TRUE";
        return result || (IsPlain && Value is "false" or "False" or "FALSE");
    }

    public override string Describe()
    {
        string shown = Value.Length > ShownLength ? Value[..ShownLength] + "..." : Value;
        shown = shown.Replace("\n", "\\n", StringComparison.Ordinal);
        if (!IsPlain)
        {
            return $"the string \"{shown}\"";
        }

        if (Value.Length == 0)
        {
            return "no value";
        }

        return IsNull || TryGetBoolean(out _) || NumberPattern().IsMatch(Value) ? shown : $"'{shown}'";
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
