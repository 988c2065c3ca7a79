using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>
/// The colour of each group in every chart of a report. Sweep points whose keys are all numbers (and tell every group
/// apart) get a sequential palette in the order of their key values (viridis, dark to light), so that the order of the
/// colours is the order of the values; other groups get distinct categorical colours (<see cref="Categorical"/>).
/// </summary>
public sealed class SeriesColours
{
    /// <summary>The part of viridis used: its lightest end is too pale on white.</summary>
    private const double SequentialEnd = 0.85;

    private readonly Dictionary<ReplicateGroup, Color> _colours;

    private SeriesColours(Dictionary<ReplicateGroup, Color> colours, bool sequential)
    {
        _colours = colours;
        IsSequential = sequential;
    }

    /// <summary>Whether the groups are ordered sweep points coloured by a sequential palette.</summary>
    public bool IsSequential { get; }

    /// <summary>The colours of <paramref name="groups"/>, each group a colour of its own.</summary>
    public static SeriesColours For(IReadOnlyList<ReplicateGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var colours = new Dictionary<ReplicateGroup, Color>(ReferenceEqualityComparer.Instance);
        if (IsOrderedSweep(groups))
        {
            var ordered = groups.OrderBy(g => g, Comparer<ReplicateGroup>.Create(CompareKeys)).ToList();
            var viridis = new ScottPlot.Colormaps.Viridis();
            for (int i = 0; i < ordered.Count; i++)
            {
                colours[ordered[i]] = viridis.GetColor(ordered.Count == 1 ? 0 : SequentialEnd * i / (ordered.Count - 1));
            }

            return new SeriesColours(colours, sequential: true);
        }

        var categorical = Categorical(groups.Count);
        for (int i = 0; i < groups.Count; i++)
        {
            colours[groups[i]] = categorical[i];
        }

        return new SeriesColours(colours, sequential: false);
    }

    /// <summary>
    /// <paramref name="count"/> distinct colours for unordered series: Category10 up to 10, Category20 up to 20, and
    /// beyond that evenly spaced hues.
    /// </summary>
    public static IReadOnlyList<Color> Categorical(int count)
    {
        IPalette? palette = count <= 10 ? new ScottPlot.Palettes.Category10() : count <= 20 ? new ScottPlot.Palettes.Category20() : null;
        return [.. Enumerable.Range(0, count).Select(i => palette?.GetColor(i) ?? Color.FromHSL((float)i / count, 0.65f, 0.45f))];
    }

    /// <summary>The colour of <paramref name="group"/>, one of the groups this was made for.</summary>
    public Color Of(ReplicateGroup group) => _colours[group];

    /// <summary>A colour as <c>#rrggbb</c>, lowercase.</summary>
    public static string Hex(Color colour) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#{colour.R:x2}{colour.G:x2}{colour.B:x2}");

    private static bool IsOrderedSweep(IReadOnlyList<ReplicateGroup> groups) =>
        groups.Count > 1
        && groups.All(g => !g.Key.IsEmpty && g.Key.Values.All(v => SweepStatistics.Number(v.Value) is not null))
        && groups.Select(g => g.Key).Distinct().Count() == groups.Count
        && groups.Select(g => string.Join('\n', g.Key.Values.Select(v => v.Key))).Distinct(StringComparer.Ordinal).Count() == 1;

    private static int CompareKeys(ReplicateGroup a, ReplicateGroup b)
    {
        foreach (var (x, y) in a.Key.Values.Zip(b.Key.Values))
        {
            int order = SweepStatistics.Number(x.Value)!.Value.CompareTo(SweepStatistics.Number(y.Value)!.Value);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }
}
