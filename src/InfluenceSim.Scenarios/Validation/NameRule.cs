using System.Text.RegularExpressions;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>The rule for names (the scenario's, a segment's, a campaign's): ASCII letters, digits, '-' and '_', 1 to 100 characters.</summary>
internal static partial class NameRule
{
    /// <summary>What a name must be, for messages.</summary>
    public static readonly string Expected = $"a name of ASCII letters, digits, '-' and '_' (1 to {ScenarioLimits.MaxNameLength} characters)";

    /// <summary>The name, or null (reported).</summary>
    public static string? Read(ValueChecker values, ScenarioNode node, string path)
    {
        string? name = values.Text(node, path, Expected);
        if (name is not null && (name.Length > ScenarioLimits.MaxNameLength || !Pattern().IsMatch(name)))
        {
            values.Report(node, path, Expected);
            return null;
        }

        return name;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
