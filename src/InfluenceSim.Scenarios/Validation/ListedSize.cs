using System.Globalization;
using InfluenceSim.Scenarios.Syntax;

namespace InfluenceSim.Scenarios.Validation;

/// <summary>
/// What the generators whose size a list gives (stochastic-block's <c>blocks</c>, configuration's
/// <c>degrees</c>) share: reading a list of integers, and an optional <c>nodes</c> that must
/// equal the size the list implies.
/// </summary>
internal static class ListedSize
{
    /// <summary>
    /// The integers of a list of 1 to <paramref name="maxItems"/> items, each accepted by
    /// <paramref name="accept"/>, or null (every bad item reported).
    /// </summary>
    public static int[]? ReadIntegers(ValueChecker values, ScenarioNode node, string path, string listExpected, int maxItems, string itemExpected, Func<long, bool> accept)
    {
        if (node is not SequenceNode { Items.Count: > 0 } list || list.Items.Count > maxItems)
        {
            values.Report(node, path, listExpected);
            return null;
        }

        var items = new int[list.Items.Count];
        bool valid = true;
        for (int i = 0; i < items.Length; i++)
        {
            long? item = values.Integer(list.Items[i], $"{path}[{i}]", itemExpected, accept);
            valid &= item is not null;
            items[i] = (int)(item ?? 0);
        }

        return valid ? items : null;
    }

    /// <summary>
    /// Checks an optional <c>nodes</c> against the size the list implies (null when the list is
    /// invalid); returns the node count, or null when it is not known.
    /// </summary>
    public static int? Nodes(BlockReader block, ValueChecker values, ProblemList problems, long? implied, string listKey)
    {
        var node = block.Value("nodes");
        string nodesPath = block.PathOf("nodes");
        if (implied is > ScenarioLimits.MaxNodes)
        {
            var at = block.Value(listKey)!;
            problems.Add(at.Location, Invariant($"'{block.PathOf(listKey)}' gives {implied} nodes, more than the limit of {ScenarioLimits.MaxNodes}"));
            return null;
        }

        if (node is null)
        {
            return (int?)implied;
        }

        string expected = implied is null
            ? $"an integer from 1 to {ScenarioLimits.MaxNodes}"
            : Invariant($"{implied} (the number of nodes '{block.PathOf(listKey)}' gives), or left out");
        long? given = values.Integer(node, nodesPath, expected, n => implied is null ? n is >= 1 and <= ScenarioLimits.MaxNodes : n == implied);
        return given is null ? null : (int?)implied;
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
