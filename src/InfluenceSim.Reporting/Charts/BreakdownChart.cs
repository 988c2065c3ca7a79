using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>
/// Charts of per-step means of a family of <c>timeseries.csv</c> columns (causes of adoption, kinds of exposure),
/// leaving out a column a group never saw (0 at every step), each column labelled as people read it. One group: one
/// chart, a line per column. Several groups: one chart per column, a line per group in its colour, so that no two lines
/// of a chart share a colour and a group keeps its colour across the report.
/// </summary>
public sealed class BreakdownChart(string id, string title, string valueAxis, string caption, Func<ReplicateGroup, IReadOnlyList<string>> columnsOf, Func<string, string> labelOf)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    /// <summary>The title of the chart of <paramref name="column"/> when several groups are shown.</summary>
    public string TitleOf(string column) => $"{Title}: {labelOf(column)}";

    /// <summary>The charts; none when no group has a column of the family.</summary>
    public IReadOnlyList<Chart> Create(IReadOnlyList<ReplicateGroup> groups, SeriesColours colours)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(colours);
        var shown = groups.Where(g => columnsOf(g).Count > 0 && g.Trajectories.Count > 0).ToList();
        if (shown.Count == 0)
        {
            return [];
        }

        int lastStep = shown.Max(g => g.LastStep);
        if (shown.Count == 1)
        {
            var curves = Curves(shown[0], lastStep);
            return [Draw(Id, Title, caption, curves, SeriesColours.Categorical(curves.Count), lastStep)];
        }

        var charts = new List<Chart>();
        foreach (string column in shown.SelectMany(columnsOf).Distinct(StringComparer.Ordinal))
        {
            var lines = ColumnCurves(shown, column, lastStep);
            if (lines.Count > 0)
            {
                charts.Add(Draw(
                    $"{Id}-{labelOf(column)}",
                    TitleOf(column),
                    $"{caption} With several groups, one chart per {labelOf(column)} column, a line per group in its colour.",
                    [.. lines.Select(l => l.Curve)],
                    [.. lines.Select(l => colours.Of(l.Group))],
                    lastStep));
            }
        }

        return charts;
    }

    /// <summary>The curves of <paramref name="group"/> up to <paramref name="lastStep"/>: one per column in file order that is not 0 at every step, labelled by the column.</summary>
    public IReadOnlyList<BandedCurve> Curves(ReplicateGroup group, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(group);
        return [.. columnsOf(group).Select(c => CurveStatistics.Breakdown(group, c, labelOf(c), lastStep)).Where(IsSeen)];
    }

    /// <summary>The curves of <paramref name="column"/> up to <paramref name="lastStep"/>: one per group that has it and saw it, labelled by the group.</summary>
    public IReadOnlyList<(ReplicateGroup Group, BandedCurve Curve)> ColumnCurves(IReadOnlyList<ReplicateGroup> groups, string column, int lastStep)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return [.. groups
            .Where(g => g.Trajectories.Count > 0 && columnsOf(g).Contains(column, StringComparer.Ordinal))
            .Select(g => (Group: g, Curve: CurveStatistics.Breakdown(g, column, g.Label, lastStep)))
            .Where(l => IsSeen(l.Curve))];
    }

    private static bool IsSeen(BandedCurve curve) => curve.Points.Any(p => p.Mean != 0);

    private Chart Draw(string id, string title, string caption, IReadOnlyList<BandedCurve> lines, IReadOnlyList<Color> palette, int lastStep)
    {
        var plot = ChartCanvas.Create(title, "step", valueAxis);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = plot.Add.ScatterLine(lines[i].Steps.ToArray(), lines[i].Points.Select(p => p.Mean).ToArray(), palette[i]);
            line.LineWidth = 2;
            line.LegendText = lines[i].Label;
        }

        ChartCanvas.StepAxis(plot, lastStep);
        int height = ChartCanvas.PlaceLegend(plot, lines.Count, Alignment.UpperRight, showSingle: true);
        return ChartCanvas.Render(plot, id, title, caption, [.. lines.Select((l, i) => new ChartSeries(l.Label, SeriesColours.Hex(palette[i])))], height);
    }
}
