using InfluenceSim.Reporting.Analysis;
using ScottPlot;

namespace InfluenceSim.Reporting.Charts;

/// <summary>
/// A sweep plot: a measure's mean with its 95% interval against a swept key, one line per combination of the other keys.
/// A single line is drawn in grey with each point in its group's colour; several lines each get a colour of their own.
/// </summary>
public static class SweepChart
{
    private static readonly Color SingleLine = Color.FromHex("#555555");

    /// <summary>The chart's title for <paramref name="metric"/> against <paramref name="key"/>.</summary>
    public static string TitleOf(SweepMetric metric, string key)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return $"Sweep: {metric.Title} against {key}";
    }

    public static Chart Create(IReadOnlyList<ReplicateGroup> groups, SeriesColours colours, string key, SweepMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(colours);
        var lines = SweepStatistics.Lines(groups, key, metric);
        string title = TitleOf(metric, key);
        var plot = ChartCanvas.Create(title, AxisText.Words(key), $"{metric.Title} (mean, 95% interval)");
        var series = lines.Count == 1 ? AddPoints(plot, groups, colours, key, lines[0]) : AddLines(plot, lines);
        int height = ChartCanvas.PlaceLegend(plot, lines.Count, LegendCorner(lines));
        return ChartCanvas.Render(
            plot,
            $"sweep-{metric.Column}-{key}",
            title,
            $"Each point is one value of {key}: the mean {metric.Title} over its replicates, with the t-based 95% interval of that mean as an error bar. "
            + (lines.Count == 1 ? "Each point has its colour in the other charts." : "Each line holds the other keys fixed at the values in its legend."),
            series,
            height);
    }

    /// <summary>
    /// Where the legend sits inside the plot: the upper corner the lines leave free, upper left when they rise
    /// (the summed mean at each line's last value is at least that at its first), upper right when they fall.
    /// </summary>
    public static Alignment LegendCorner(IReadOnlyList<SweepLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        double first = lines.Where(l => l.Y.Count > 0).Sum(l => l.Y[0].Mean);
        double last = lines.Where(l => l.Y.Count > 0).Sum(l => l.Y[^1].Mean);
        return last < first ? Alignment.UpperRight : Alignment.UpperLeft;
    }

    /// <summary>The one line in grey, each point (one group) in its group's colour; the series are the groups.</summary>
    private static List<ChartSeries> AddPoints(Plot plot, IReadOnlyList<ReplicateGroup> groups, SeriesColours colours, string key, SweepLine line)
    {
        double[] xs = [.. line.X];
        double[] means = [.. line.Y.Select(y => y.Mean)];
        var errors = plot.Add.ErrorBar(xs, means, [.. line.Y.Select(y => y.Ci95High - y.Mean)]);
        errors.Color = SingleLine;
        var path = plot.Add.ScatterLine(xs, means, SingleLine);
        path.LineWidth = 2;
        var points = groups
            .Where(g => g.Key.ValueOf(key) is { } v && SweepStatistics.Number(v) is not null)
            .OrderBy(g => SweepStatistics.Number(g.Key.ValueOf(key)!))
            .ToList();
        var series = new List<ChartSeries>();
        for (int i = 0; i < points.Count; i++)
        {
            var colour = colours.Of(points[i]);
            var marker = plot.Add.Marker(xs[i], means[i], MarkerShape.FilledCircle, 9, colour);
            marker.LegendText = string.Empty;
            series.Add(new ChartSeries(points[i].Label, SeriesColours.Hex(colour)));
        }

        return series;
    }

    /// <summary>Each line in a colour of its own; the series are the lines.</summary>
    private static List<ChartSeries> AddLines(Plot plot, IReadOnlyList<SweepLine> lines)
    {
        var palette = SeriesColours.Categorical(lines.Count);
        var series = new List<ChartSeries>();
        for (int i = 0; i < lines.Count; i++)
        {
            double[] xs = [.. lines[i].X];
            double[] means = [.. lines[i].Y.Select(y => y.Mean)];
            var errors = plot.Add.ErrorBar(xs, means, [.. lines[i].Y.Select(y => y.Ci95High - y.Mean)]);
            errors.Color = palette[i];
            var line = plot.Add.Scatter(xs, means, palette[i]);
            line.LineWidth = 2;
            line.LegendText = lines[i].Label;
            series.Add(new ChartSeries(lines[i].Label, SeriesColours.Hex(palette[i])));
        }

        return series;
    }
}
