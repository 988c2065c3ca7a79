using System.Globalization;
using System.Text.Json.Nodes;

namespace InfluenceSim.Files;

/// <summary>
/// The values a run folder's <c>runs.csv</c> and <c>timeseries.csv</c> can hold (docs/output.md), checked by every
/// reader: counts are never negative, shares lie in [0, 1], adopters never exceed the run's node count.
/// </summary>
public static class RunValueRules
{
    private static readonly HashSet<string> Shares = new(StringComparer.Ordinal) { "adopted_fraction", "word_of_mouth_share", "broadcast_share" };

    private static readonly HashSet<string> Counts = new(StringComparer.Ordinal)
    {
        "replicate", "step", "steps", "adopters", "new_adopters", "exposures", "rejected", "new_rejected", "cascade_depth", "suppressed", "active_prescribers",
    };

    private static readonly string[] CountPrefixes = ["cause_", "exposures_"];

    /// <summary>
    /// The node count that bounds <c>adopters</c>: the manifest's <c>nodes</c>, unless a key column sweeps the network
    /// (a <c>network.</c> key), whose node count varies by point; null when there is no bound.
    /// </summary>
    public static long? NodeBound(JsonObject? manifest, IEnumerable<string> keyColumns)
    {
        ArgumentNullException.ThrowIfNull(keyColumns);
        return manifest?["nodes"] is JsonValue value && value.TryGetValue(out long nodes) && !keyColumns.Any(k => k.StartsWith("network.", StringComparison.Ordinal))
            ? nodes
            : null;
    }

    /// <summary>
    /// The first value of the table at <paramref name="path"/> that cannot be, as <c>PATH:LINE: column 'C': expected
    /// ..., found 'V'</c>; null when there is none. Fields that are not numbers are left to the reader.
    /// </summary>
    public static string? FirstProblem(string path, IReadOnlyList<string> header, IEnumerable<(int Line, IReadOnlyList<string> Fields)> rows, long? nodes)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var checkedColumns = header.Select((name, index) => (Name: name, Index: index, Expected: Expected(name, nodes))).Where(c => c.Expected is not null).ToList();
        foreach (var (line, fields) in rows)
        {
            foreach (var (name, index, expected) in checkedColumns)
            {
                string text = fields[index];
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && !Fits(name, value, nodes))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: column '{name}': expected {expected}, found '{text}'");
                }
            }
        }

        return null;
    }

    private static string? Expected(string column, long? nodes) =>
        Shares.Contains(column) ? "a share from 0 to 1"
        : column == "adopters" && nodes is { } n ? string.Create(CultureInfo.InvariantCulture, $"a count from 0 to the run's {n} nodes")
        : IsCount(column) ? "a count of at least 0"
        : null;

    private static bool Fits(string column, double value, long? nodes) =>
        Shares.Contains(column) ? value is >= 0 and <= 1
        : value >= 0 && (column != "adopters" || nodes is not { } n || value <= n);

    private static bool IsCount(string column) => Counts.Contains(column) || CountPrefixes.Any(p => column.StartsWith(p, StringComparison.Ordinal));
}
