using System.Globalization;
using InfluenceSim.RunFolders.Statistics;

namespace InfluenceSim.Reporting.Analysis;

/// <summary>Sweep plots' data: which keys are swept numerically, and a measure against such a key, one line per combination of the other keys.</summary>
public static class SweepStatistics
{
    /// <summary>
    /// The key columns whose values are all numbers and take at least two values: the keys a
    /// measure can be plotted against. In order of first appearance.
    /// </summary>
    public static IReadOnlyList<string> NumericKeys(IReadOnlyList<ReplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var keys = groups.SelectMany(g => g.Key.Values.Select(v => v.Key)).Distinct(StringComparer.Ordinal);
        return [.. keys.Where(key =>
        {
            var values = groups.Select(g => g.Key.ValueOf(key)).OfType<string>().ToList();
            return values.All(v => Number(v) is not null) && values.Select(v => Number(v)!.Value).Distinct().Count() >= 2;
        })];
    }

    /// <summary>
    /// <paramref name="metric"/> against <paramref name="key"/>: for each run and each combination of
    /// its other keys, one line through the groups that have the key, sorted by the key's value.
    /// </summary>
    public static IReadOnlyList<SweepLine> Lines(IReadOnlyList<ReplicateGroup> groups, string key, SweepMetric metric)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(metric);
        bool severalRuns = groups.Select(g => g.Run).Distinct(StringComparer.Ordinal).Count() > 1;
        return [.. groups
            .Where(g => g.Key.ValueOf(key) is { } v && Number(v) is not null)
            .GroupBy(g => (g.Run, Others: g.Key.Without(key)))
            .Select(line =>
            {
                var points = line.OrderBy(g => Number(g.Key.ValueOf(key)!)).ToList();
                return new SweepLine(
                    LineLabel(line.Key.Run, line.Key.Others, severalRuns),
                    [.. points.Select(g => Number(g.Key.ValueOf(key)!)!.Value)],
                    [.. points.Select(g => SampleSummary.Of([.. g.Outcomes.Select(metric.Value)]))]);
            })];
    }

    /// <summary>A key value as a number (invariant culture), or null when it is not one.</summary>
    public static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number) ? number : null;

    private static string LineLabel(string run, GroupKey others, bool severalRuns) =>
        others.IsEmpty ? run : severalRuns ? $"{run}: {others.Label}" : others.Label;
}
